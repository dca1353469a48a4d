import {
  Alert,
  Button,
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
import { Form, Link, useSearchParams } from "react-router";
import type { Route } from "./+types/beheer.indicatoren";
import { requirePermission } from "#app/auth/user.server.ts";
import { ConfirmStep, isConfirmed } from "#app/components/confirm-step.tsx";
import { FormAlert, SelectField, TextareaField } from "#app/components/fields.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { useT, type MessageKey } from "#app/i18n/index.ts";
import {
  addIndicator,
  addIndicatorSchema,
  indicatorenForBeheer,
  rewordIndicator,
  rewordIndicatorSchema,
  setIndicatorRetired,
} from "#app/monitor/indicatoren.server.ts";
import { listVoorwaarden } from "#app/monitor/monitor.server.ts";
import { SourceNote, TableRegion } from "#app/monitor/ui.tsx";
import { parseId } from "#app/utils/fields.ts";
import { formError, invalidForm, parseForm, type FormFailure } from "#app/utils/forms.ts";

// /beheer/indicatoren — the beheerder keeps the indicator framework up to date.
export function loader({ request }: Route.LoaderArgs) {
  requirePermission(request, "indicator:beheren");
  return { voorwaarden: listVoorwaarden(), indicatoren: indicatorenForBeheer() };
}

const done = (message: MessageKey, code: string) => ({ done: message, code });

export async function action({ request }: Route.ActionArgs) {
  requirePermission(request, "indicator:beheren");
  const formData = await request.formData();
  const intent = formData.get("intent");

  if (intent === "toevoegen") {
    const parsed = parseForm(addIndicatorSchema, formData);
    if (!parsed.success) return invalidForm(parsed.failure);
    const result = addIndicator(parsed.data);
    if ("error" in result) {
      const field = result.error === "dubbel" ? "text" : "voorwaardeId";
      const key = result.error === "dubbel" ? "monitor.fout.indicatorDubbel" : "fout.ongeldig";
      return invalidForm({ errors: { [field]: key }, values: { text: parsed.data.text } });
    }
    return done("monitor.beheer.toegevoegd", result.indicator.code);
  }

  if (intent === "wijzigen") {
    const parsed = parseForm(rewordIndicatorSchema, formData);
    if (!parsed.success) return invalidForm(parsed.failure);
    const result = rewordIndicator(parsed.data);
    if ("error" in result) {
      return result.error === "dubbel"
        ? invalidForm({
            errors: { text: "monitor.fout.indicatorDubbel" },
            values: { text: parsed.data.text },
          })
        : formError("monitor.fout.indicatorOnbekend", formData, { status: 404 });
    }
    return done("monitor.beheer.gewijzigd", result.indicator.code);
  }

  if (intent === "intrekken" || intent === "terugzetten") {
    const id = parseId(String(formData.get("indicatorId") ?? ""));
    // Retiring asks "Weet u het zeker?" first; the panel posts again with bevestigd.
    if (intent === "intrekken" && !isConfirmed(formData)) {
      const indicator = id ? indicatorenForBeheer().find((i) => i.id === id) : undefined;
      if (!indicator || indicator.retiredAt) {
        return formError("monitor.fout.indicatorOnbekend", formData, { status: 404 });
      }
      return { confirm: { indicatorId: indicator.id, code: indicator.code, text: indicator.text } };
    }
    const result = id
      ? setIndicatorRetired(id, intent === "intrekken")
      : { error: "onbekend" as const };
    if ("error" in result) {
      return result.error === "dubbel"
        ? formError("monitor.fout.indicatorDubbel", formData, { status: 409 })
        : formError("monitor.fout.indicatorOnbekend", formData, { status: 404 });
    }
    return done(
      intent === "intrekken" ? "monitor.beheer.ingetrokken" : "monitor.beheer.teruggezet",
      result.indicator.code,
    );
  }

  return formError("fout.ongeldig", formData);
}

export default function BeheerIndicatoren({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const [params] = useSearchParams();
  const failure = actionData && "errors" in actionData ? (actionData as FormFailure) : undefined;
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
        <FormAlert failure={failure} />
        {editing && (
          <Paragraph className="leerkring-muted">{t("monitor.beheer.wijzigenUitleg")}</Paragraph>
        )}
        <Form
          method="post"
          className="leerkring-form"
          noValidate
          key={`${editing?.id ?? "nieuw"}-${success ? success.code + success.done : ""}`}
        >
          <input type="hidden" name="intent" value={editing ? "wijzigen" : "toevoegen"} />
          {editing ? (
            <input type="hidden" name="indicatorId" value={editing.id} />
          ) : (
            <SelectField
              name="voorwaardeId"
              label={t("monitor.veld.voorwaarde")}
              options={loaderData.voorwaarden.map((v) => ({
                value: String(v.id),
                label: `${v.name} (${v.waarde})`,
              }))}
              placeholder={t("veld.kies")}
              defaultValue=""
              failure={failure}
            />
          )}
          <TextareaField
            name="text"
            label={t("monitor.veld.indicatortekst")}
            description={t("monitor.veld.indicatortekstUitleg")}
            defaultValue={editing?.text ?? ""}
            failure={failure}
            rows={3}
          />
          <div className="leerkring-actions">
            <Button type="submit" appearance="primary-action-button">
              {editing ? t("monitor.beheer.opslaan") : t("monitor.beheer.toevoegen")}
            </Button>
            {editing && (
              <Link to="/beheer/indicatoren" className="utrecht-link">
                {t("actie.annuleren")}
              </Link>
            )}
          </div>
        </Form>
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
                          <Form method="post" className="leerkring-inline-form">
                            <input
                              type="hidden"
                              name="intent"
                              value={i.retiredAt ? "terugzetten" : "intrekken"}
                            />
                            <input type="hidden" name="indicatorId" value={i.id} />
                            <Button type="submit" appearance="subtle-button">
                              {i.retiredAt
                                ? t("monitor.beheer.terugzetten")
                                : t("monitor.beheer.intrekken")}
                              <span className="visually-hidden"> {i.code}</span>
                            </Button>
                          </Form>
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
