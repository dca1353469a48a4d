import { Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { Form } from "react-router";
import { ConfirmStep } from "#app/components/confirm-step.tsx";
import { useT } from "#shared/i18n/index.ts";
import type { Essay } from "./essays.server.ts";

/** The review workflow: ask for review, publish (confirmed over open comments), or go back. */
export function EssayWorkflow({
  essay,
  rights,
  openComments,
  confirmPublish,
}: {
  essay: Pick<Essay, "status" | "publishedAt">;
  rights: { edit: boolean; publish: boolean };
  /** The open comments, as the confirmation step lists them. */
  openComments: { passage: string | null; body: string }[];
  confirmPublish: boolean;
}) {
  const t = useT();
  return (
    <section aria-labelledby="werkwijze" className="leerkring-card leerkring-stack">
      <Heading2 id="werkwijze">{t("essay.werkwijze")}</Heading2>
      <Paragraph>{t(`essay.werkwijze.${essay.status}`)}</Paragraph>
      {confirmPublish && openComments.length > 0 && (
        <ConfirmStep
          id="publiceren-bevestigen"
          consequences={[
            t("essay.publiceren.openOpmerkingen", { count: openComments.length }),
            ...openComments.map((c) => (c.passage ? `„${c.passage}”: ${c.body}` : c.body)),
          ]}
          fields={{ intent: "publiceren" }}
          confirmLabel={t("essay.publiceren.toch")}
          cancelTo="#opmerkingen"
        />
      )}
      <div className="leerkring-actions">
        {rights.edit && essay.status === "concept" && (
          <IntentButton intent="review-aanvragen" label={t("essay.reviewAanvragen")} primary />
        )}
        {rights.publish && essay.status !== "concept" && (
          <IntentButton
            intent="publiceren"
            label={essay.publishedAt ? t("essay.opnieuwPubliceren") : t("essay.publiceren")}
            primary
          />
        )}
        {rights.edit && essay.status !== "concept" && (
          <IntentButton intent="terug-naar-concept" label={t("essay.terugNaarConcept")} />
        )}
      </div>
    </section>
  );
}

function IntentButton({
  intent,
  label,
  primary,
}: {
  intent: string;
  label: string;
  primary?: boolean;
}) {
  return (
    <Form method="post">
      <input type="hidden" name="intent" value={intent} />
      <Button
        type="submit"
        appearance={primary ? "primary-action-button" : "secondary-action-button"}
      >
        {label}
      </Button>
    </Form>
  );
}
