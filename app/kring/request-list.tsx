import { Heading3, Paragraph } from "@utrecht/component-library-react";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";
import type { ToetredingStatus } from "#db/schema.ts";
import { DecideJoinForm } from "./toetreding-forms.tsx";

type Request = {
  id: number;
  organisationName: string;
  motivation: string;
  status: ToetredingStatus;
  reasons: string;
  createdAt: Date;
  decidedAt: Date | null;
  requestedBy: string | null;
};

/** One request as a project leader sees it: who asked, why, and (open) the decision form. */
export function JoinRequest({ request, lastResult }: { request: Request; lastResult: unknown }) {
  const t = useT();
  const locale = useLocale();
  return (
    <li className="leerkring-card leerkring-stack">
      <Heading3>
        {request.organisationName}
        {request.status !== "open" && ` · ${t(`kring.uitslag.${request.status}`)}`}
      </Heading3>
      <Paragraph className="leerkring-muted">
        {t("kring.gevraagdDoor", {
          naam: request.requestedBy ?? t("persoon.voormalig"),
          datum: formatDateTime(locale, request.createdAt, "date"),
        })}
      </Paragraph>
      <Paragraph>
        <strong>{t("kring.motivatieGegeven")}:</strong> {request.motivation}
      </Paragraph>
      {request.reasons && (
        <Paragraph>
          <strong>{t("kring.redenen")}:</strong> {request.reasons}
        </Paragraph>
      )}
      {request.status === "open" && (
        <DecideJoinForm
          requestId={request.id}
          organisationName={request.organisationName}
          lastResult={lastResult}
        />
      )}
    </li>
  );
}
