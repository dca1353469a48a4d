import {
  Alert,
  Heading2,
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { Link, useSearchParams } from "react-router";
import type { Route } from "./+types/beheer.indicatoren";
import { requirePermission } from "#app/auth/user.server.ts";
import { ConfirmStep, isConfirmed } from "#app/components/confirm-step.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { useT, type MessageKey } from "#shared/i18n/index.ts";
import { IndicatorForm, RowActionAlerts } from "#app/monitor/indicator-form.tsx";
import { indicatorActionSchema } from "#app/monitor/indicator-schema.ts";
import {
  addIndicator,
  indicatorenForBeheer,
  rewordIndicator,
  setIndicatorRetired,
} from "#app/monitor/indicatoren.server.ts";
import { listVoorwaarden } from "#app/monitor/monitor.server.ts";
import { TableRegion } from "#app/components/data-table.tsx";
import { SourceNote } from "#app/monitor/ui.tsx";
import { invalid, parseSubmission } from "#app/utils/forms.ts";
import { ItemAction } from "#app/components/item-action.tsx";

// /beheer/indicatoren — the beheerder keeps the indicator framework up to date.
export function loader({ request }: Route.LoaderArgs) {
  requirePermission(request, "indicator:beheren");
  return { voorwaarden: listVoorwaarden(), indicatoren: indicatorenForBeheer() };
}

const done = (message: MessageKey, code: string) => ({ done: message, code });

export async function action({ request }: Route.ActionArgs) {
  requirePermission(request, "indicator:beheren");
  const formData = await request.formData();
  const submission = parseSubmission(formData, indicatorActionSchema);
  if (submission.status !== "success") return invalid(submission);
  const input = submission.value;
  const unknown = () =>
    invalid(submission, { form: { key: "monitor.fout.indicatorOnbekend" } }, { status: 404 });
  const duplicate = { key: "monitor.fout.indicatorDubbel" } as const;

  if (input.intent === "toevoegen") {
    const result = addIndicator(input);
    if ("error" in result) {
      return invalid(submission, {
        fields:
          result.error === "dubbel"
            ? { text: duplicate }
            : { voorwaardeId: { key: "fout.ongeldig" } },
      });
    }
    return done("monitor.beheer.toegevoegd", result.indicator.code);
  }

  if (input.intent === "wijzigen") {
    const result = rewordIndicator(input);
    if ("error" in result) {
      return result.error === "dubbel"
        ? invalid(submission, { fields: { text: duplicate } })
        : unknown();
    }
    return done("monitor.beheer.gewijzigd", result.indicator.code);
  }

  const id = input.indicatorId;
  // Retiring asks "Weet u het zeker?" first; the panel posts again with bevestigd.
  if (input.intent === "intrekken" && !isConfirmed(formData)) {
    const indicator = id ? indicatorenForBeheer().find((i) => i.id === id) : undefined;
    if (!indicator || indicator.retiredAt) return unknown();
    return { confirm: { indicatorId: indicator.id, code: indicator.code, text: indicator.text } };
  }
  const result = id ? setIndicatorRetired(id, input.intent === "intrekken") : null;
  if (!result || "error" in result) {
    return result?.error === "dubbel"
      ? invalid(submission, { form: duplicate }, { status: 409 })
      : unknown();
  }
  return done(
    input.intent === "intrekken" ? "monitor.beheer.ingetrokken" : "monitor.beheer.teruggezet",
    result.indicator.code,
  );
}

export default function BeheerIndicatoren({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const [params] = useSearchParams();
  const success = actionData && "done" in actionData ? actionData : null;
  const confirm = actionData && "confirm" in actionData ? actionData.confirm : null;
  const editing = loaderData.indicatoren.find((i) => String(i.id) === params.get("bewerk"));
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("monitor.beheer.titel")}</PageTitle>
      <Heading2>{t("monitor.beheer.titel")}</Heading2>
      <Paragraph>{t("monitor.beheer.uitleg")}</Paragraph>
      <SourceNote part="schemaA" />
      {confirm && (
        <ConfirmStep
          id="bevestig-intrekken"
          consequences={[
            t("monitor.beheer.bevestigIntrekken", { code: confirm.code, tekst: confirm.text }),
            t("monitor.beheer.bevestigIntrekkenTerug"),
          ]}
          fields={{ intent: "intrekken", indicatorId: String(confirm.indicatorId) }}
          confirmLabel={t("monitor.beheer.jaIntrekken", { code: confirm.code })}
          cancelTo="/beheer/indicatoren"
        />
      )}

      <section aria-labelledby="indicator-formulier" className="leerkring-stack leerkring-card">
        <Heading3 id="indicator-formulier">
          {editing
            ? t("monitor.beheer.wijzigen", { code: editing.code })
            : t("monitor.beheer.nieuw")}
        </Heading3>
        {success && (
          <Alert type="ok" role="status">
            <Paragraph>{t(success.done, { code: success.code })}</Paragraph>
          </Alert>
        )}
        <RowActionAlerts lastResult={actionData} />
        <IndicatorForm
          key={`${editing?.id ?? "nieuw"}-${success ? success.code + success.done : ""}`}
          editing={editing}
          voorwaarden={loaderData.voorwaarden}
          lastResult={actionData}
        />
      </section>

      {loaderData.voorwaarden.map((v) => {
        const rows = loaderData.indicatoren.filter((i) => i.voorwaardeId === v.id);
        return (
          <section key={v.id} aria-labelledby={`beheer-${v.slug}`} className="leerkring-stack">
            <Heading3 id={`beheer-${v.slug}`}>
              {v.name} <span className="leerkring-muted">· {v.waarde}</span>
            </Heading3>
            <TableRegion label={`${v.name}: ${t("monitor.beheer.indicatoren")}`}>
              <Table>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t("monitor.kolom.code")}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t("monitor.kolom.indicator")}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t("monitor.kolom.herkomst")}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t("monitor.kolom.status")}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t("monitor.kolom.gebruikt")}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t("monitor.kolom.actie")}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {rows.map((i) => (
                    <TableRow key={i.id}>
                      <TableHeaderCell scope="row">{i.code}</TableHeaderCell>
                      <TableCell>{i.text}</TableCell>
                      <TableCell>{t(`monitor.herkomst.${i.origin}`)}</TableCell>
                      <TableCell>
                        {i.retiredAt
                          ? t("monitor.beheer.status.ingetrokken")
                          : t("monitor.beheer.status.actief")}
                      </TableCell>
                      <TableCell>{t("monitor.beheer.gebruikt", { count: i.used })}</TableCell>
                      <TableCell>
                        <div className="leerkring-actions">
                          {!i.retiredAt && (
                            <Link to={`?bewerk=${i.id}`} className="utrecht-link">
                              {t("actie.wijzigen")}
                              <span className="visually-hidden"> {i.code}</span>
                            </Link>
                          )}
                          <ItemAction
                            intent={i.retiredAt ? "terugzetten" : "intrekken"}
                            fields={{ indicatorId: i.id }}
                            label={
                              i.retiredAt
                                ? t("monitor.beheer.terugzetten")
                                : t("monitor.beheer.intrekken")
                            }
                            item={i.code}
                          />
                        </div>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableRegion>
          </section>
        );
      })}
    </div>
  );
}
