import {
  Alert,
  Button,
  Heading1,
  Heading2,
  Paragraph,
  PreHeading,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { Form, Link } from "react-router";
import type { Route } from "./+types/gemeenten.$slug.wijken.$wijkId";
import { canReadUitdagingen, canRecogniseUitdaging } from "#app/auth/rules/wijk.ts";
import { forbidden, notFound, requirePermission } from "#app/auth/user.server.ts";
import { ConfirmStep, isConfirmed } from "#app/components/confirm-step.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { TableRegion } from "#app/components/data-table.tsx";
import { SourceNote } from "#app/monitor/ui.tsx";
import { HerkenningForm, HerkenningRowAlert } from "#app/uitdagingen/herkenning-form.tsx";
import { herkenningActionSchema } from "#app/uitdagingen/herkenning-schema.ts";
import {
  forgetHerkenning,
  herkenningenOfWijk,
  listActoren,
  recogniseUitdaging,
} from "#app/uitdagingen/uitdagingen.server.ts";
import { parseId } from "#app/utils/fields.ts";
import { invalid, parseSubmission } from "#app/utils/forms.ts";
import { getWijk } from "#app/wijken/wijken.server.ts";
import { useT } from "#shared/i18n/index.ts";

// /gemeenten/:slug/wijken/:wijkId — the challenges of Schema C that the municipality recognises
// in this neighbourhood, for which actor, with a note; each can become a learning question.

function load(request: Request, params: { slug: string; wijkId: string }) {
  const user = requirePermission(request, "gemeente:bekijken");
  const id = parseId(params.wijkId);
  const wijk = id ? getWijk(id) : undefined;
  if (!wijk || wijk.organisationSlug !== params.slug) throw notFound();
  const resource = { organisationId: wijk.organisationId, organisationKind: wijk.organisationKind };
  if (!canReadUitdagingen(user, resource)) throw forbidden();
  return { user, wijk, canRecognise: canRecogniseUitdaging(user, resource) };
}

export function loader({ request, params }: Route.LoaderArgs) {
  const { wijk, canRecognise } = load(request, params);
  return { wijk, canRecognise, actoren: listActoren(), herkenningen: herkenningenOfWijk(wijk.id) };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { user, wijk, canRecognise } = load(request, params);
  if (!canRecognise) throw forbidden();
  const formData = await request.formData();
  const submission = parseSubmission(formData, herkenningActionSchema);
  if (submission.status !== "success") return invalid(submission);
  const input = submission.value;
  if (input.intent === "herkennen") {
    const result = recogniseUitdaging(wijk.id, input, user.id);
    if ("error" in result) {
      return invalid(submission, { fields: { uitdagingId: { key: "uitdaging.fout.kies" } } });
    }
    return { done: "uitdaging.herkend" as const };
  }
  const row = herkenningenOfWijk(wijk.id).find((h) => h.id === input.herkenningId);
  if (!row)
    return invalid(submission, { form: { key: "uitdaging.fout.onbekend" } }, { status: 404 });
  if (!isConfirmed(formData)) return { confirm: { id: row.id, text: row.text } };
  forgetHerkenning(wijk.id, row.id);
  return { done: "uitdaging.vergeten" as const };
}

export default function WijkUitdagingen({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { wijk, canRecognise, actoren, herkenningen } = loaderData;
  const base = `/gemeenten/${wijk.organisationSlug}/wijken`;
  const done = actionData && "done" in actionData ? actionData.done : null;
  const confirm = actionData && "confirm" in actionData ? actionData.confirm : null;
  const actorName = new Map(actoren.map((a) => [a.slug, a.name]));
  const title = t("uitdaging.wijkTitel", { wijk: wijk.name });
  return (
    <div className="leerkring-stack">
      <PageTitle>{title}</PageTitle>
      <div>
        <PreHeading>
          <Link to={base} className="utrecht-link">
            {t("wijk.titel", { gemeente: wijk.organisationName })}
          </Link>
        </PreHeading>
        <Heading1>{title}</Heading1>
      </div>
      <Paragraph>{t("uitdaging.wijkUitleg")}</Paragraph>
      <Paragraph>
        <Link to="/monitor/kader#schema-c" className="utrecht-link">
          {t("uitdaging.naarKader")}
        </Link>
      </Paragraph>
      <SourceNote part="schemaC" />
      {done && (
        <Alert type="ok" role="status">
          <Paragraph>{t(done)}</Paragraph>
        </Alert>
      )}
      {confirm && (
        <ConfirmStep
          id="bevestig-vergeten"
          consequences={[t("uitdaging.bevestigVergeten", { tekst: confirm.text })]}
          fields={{ intent: "vergeten", herkenningId: String(confirm.id) }}
          confirmLabel={t("uitdaging.jaVergeten")}
          cancelTo={`${base}/${wijk.id}`}
        />
      )}
      <HerkenningRowAlert lastResult={actionData} />

      <section aria-labelledby="herkend" className="leerkring-stack">
        <Heading2 id="herkend">{t("uitdaging.herkend.titel")}</Heading2>
        {herkenningen.length === 0 ? (
          <Paragraph>{t("uitdaging.herkend.geen")}</Paragraph>
        ) : (
          <TableRegion label={t("uitdaging.herkend.titel")}>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t("uitdaging.kolom.uitdaging")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("uitdaging.kolom.actor")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("uitdaging.kolom.notitie")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("uitdaging.kolom.leervraag")}</TableHeaderCell>
                  {canRecognise && (
                    <TableHeaderCell scope="col">{t("uitdaging.kolom.actie")}</TableHeaderCell>
                  )}
                </TableRow>
              </TableHeader>
              <TableBody>
                {herkenningen.map((h) => (
                  <TableRow key={h.id}>
                    <TableHeaderCell scope="row">
                      <span className="leerkring-muted">{h.code}</span> {h.text}
                    </TableHeaderCell>
                    <TableCell>{actorName.get(h.actor) ?? h.actor}</TableCell>
                    <TableCell>{h.note || "–"}</TableCell>
                    <TableCell>
                      {h.leervraagId ? (
                        <Link to={`/leervragen/${h.leervraagId}`} className="utrecht-link">
                          {h.leervraagTitle}
                        </Link>
                      ) : canRecognise ? (
                        <Link to={`/leervragen/nieuw?herkenning=${h.id}`} className="utrecht-link">
                          {t("uitdaging.maakLeervraag")}
                          <span className="visually-hidden">: {h.text}</span>
                        </Link>
                      ) : (
                        "–"
                      )}
                    </TableCell>
                    {canRecognise && (
                      <TableCell>
                        <Form method="post" className="leerkring-inline-form">
                          <input type="hidden" name="intent" value="vergeten" />
                          <input type="hidden" name="herkenningId" value={h.id} />
                          <Button type="submit" appearance="subtle-button">
                            {t("uitdaging.vergeten.knop")}
                            <span className="visually-hidden">: {h.text}</span>
                          </Button>
                        </Form>
                      </TableCell>
                    )}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableRegion>
        )}
      </section>

      {canRecognise && (
        <section aria-labelledby="herkennen-titel" className="leerkring-stack leerkring-card">
          <Heading2 id="herkennen-titel">{t("uitdaging.herkennenTitel")}</Heading2>
          <HerkenningForm
            key={`${done ?? ""}-${herkenningen.length}`}
            actoren={actoren}
            lastResult={actionData}
          />
        </section>
      )}
    </div>
  );
}
