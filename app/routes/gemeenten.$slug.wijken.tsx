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
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { Form, Link, useSearchParams } from "react-router";
import type { Route } from "./+types/gemeenten.$slug.wijken";
import { canManageWijken, canRecogniseUitdaging } from "#app/auth/rules/wijk.ts";
import { forbidden, notFound, requirePermission } from "#app/auth/user.server.ts";
import { ConfirmStep, isConfirmed } from "#app/components/confirm-step.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { getMunicipality } from "#app/gemeenten/gemeenten.server.ts";
import { TableRegion } from "#app/components/data-table.tsx";
import { invalid, isFormResult, parseSubmission } from "#app/utils/forms.ts";
import { WijkAddForm, WijkRenameForm, WijkRowAlert } from "#app/wijken/wijk-forms.tsx";
import { wijkActionSchema } from "#app/wijken/wijk-schema.ts";
import { addWijk, deleteWijk, listWijken, renameWijk } from "#app/wijken/wijken.server.ts";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";

// /gemeenten/:slug/wijken — the municipality's neighbourhoods, which its members and the project
// leaders maintain; the monitor, casework and learning questions choose from this list.

function load(request: Request, slug: string) {
  const user = requirePermission(request, "gemeente:bekijken");
  const gemeente = getMunicipality(slug, user);
  if (!gemeente) throw notFound();
  const resource = { organisationId: gemeente.id, organisationKind: gemeente.kind };
  return { user, gemeente, canManage: canManageWijken(user, resource), resource };
}

export function loader({ request, params }: Route.LoaderArgs) {
  const { user, gemeente, canManage, resource } = load(request, params.slug);
  return {
    gemeente: { id: gemeente.id, name: gemeente.name, slug: gemeente.slug },
    ...listWijken(gemeente.id),
    canManage,
    canRecognise: canRecogniseUitdaging(user, resource),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { user, gemeente, canManage } = load(request, params.slug);
  if (!canManage) throw forbidden();
  const formData = await request.formData();
  const submission = parseSubmission(formData, wijkActionSchema);
  if (submission.status !== "success") return invalid(submission);
  const input = submission.value;
  const errors = {
    dubbel: { fields: { name: { key: "wijk.fout.dubbel" } } },
    ouder: { fields: { parentId: { key: "wijk.fout.ouder" } } },
    onbekend: { form: { key: "wijk.fout.onbekend" } },
    "in-gebruik": { form: { key: "wijk.fout.inGebruik" } },
  } as const;
  const status = { dubbel: 400, ouder: 400, onbekend: 404, "in-gebruik": 409 } as const;

  if (input.intent === "toevoegen") {
    const result = addWijk(gemeente.id, input, user.id);
    if ("error" in result)
      return invalid(submission, errors[result.error], { status: status[result.error] });
    return { done: "wijk.toegevoegd" as const, name: result.name };
  }
  if (input.intent === "hernoemen") {
    const result = renameWijk(gemeente.id, input, user.id);
    if ("error" in result)
      return invalid(submission, errors[result.error], { status: status[result.error] });
    return { done: "wijk.hernoemd" as const, name: result.name };
  }
  const wijk = listWijken(gemeente.id).wijken.find((w) => w.id === input.wijkId);
  if (!wijk) return invalid(submission, errors.onbekend, { status: 404 });
  if (wijk.inUse) return invalid(submission, errors["in-gebruik"], { status: 409 });
  if (!isConfirmed(formData)) return { confirm: { wijkId: wijk.id, name: wijk.name } };
  const result = deleteWijk(gemeente.id, wijk.id, user.id);
  if ("error" in result)
    return invalid(submission, errors[result.error], { status: status[result.error] });
  return { done: "wijk.verwijderd" as const, name: result.name };
}

export default function GemeenteWijken({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const [params] = useSearchParams();
  const { gemeente, wijken, history, canManage, canRecognise } = loaderData;
  const base = `/gemeenten/${gemeente.slug}/wijken`;
  const done = actionData && "done" in actionData && actionData.done ? actionData : null;
  const confirm = actionData && "confirm" in actionData ? actionData.confirm : null;
  // The rename form: asked for by its link, or shown again with what needs fixing.
  const failedRename =
    isFormResult(actionData) && actionData.initialValue?.["intent"] === "hernoemen"
      ? String(actionData.initialValue["wijkId"])
      : null;
  const renameId = done ? params.get("hernoem") : (failedRename ?? params.get("hernoem"));
  const renaming = canManage ? wijken.find((w) => String(w.id) === renameId) : null;
  const nameOf = new Map(wijken.map((w) => [w.id, w.name]));
  const topLevel = wijken.filter((w) => w.parentId === null);
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("wijk.titel", { gemeente: gemeente.name })}</PageTitle>
      <div>
        <PreHeading>
          <Link to={`/gemeenten/${gemeente.slug}`} className="utrecht-link">
            {gemeente.name}
          </Link>
        </PreHeading>
        <Heading1>{t("wijk.titel", { gemeente: gemeente.name })}</Heading1>
      </div>
      <Paragraph>{t("wijk.uitleg")}</Paragraph>
      {done && (
        <Alert type="ok" role="status">
          <Paragraph>{t(done.done, { naam: done.name })}</Paragraph>
        </Alert>
      )}
      {confirm && (
        <ConfirmStep
          id="bevestig-verwijderen"
          consequences={[t("wijk.bevestigVerwijderen", { naam: confirm.name })]}
          fields={{ intent: "verwijderen", wijkId: String(confirm.wijkId) }}
          confirmLabel={t("wijk.jaVerwijderen", { naam: confirm.name })}
          cancelTo={base}
        />
      )}
      <WijkRowAlert lastResult={actionData} />

      {renaming && (
        <section aria-labelledby="hernoemen" className="leerkring-stack leerkring-card">
          <Heading2 id="hernoemen">{t("wijk.hernoemenTitel", { naam: renaming.name })}</Heading2>
          <WijkRenameForm
            key={`${renaming.id}-${done?.name ?? ""}`}
            wijk={renaming}
            cancelTo={base}
            lastResult={actionData}
          />
        </section>
      )}

      <section aria-labelledby="lijst" className="leerkring-stack">
        <Heading2 id="lijst">{t("wijk.lijst")}</Heading2>
        {wijken.length === 0 ? (
          <Paragraph>{t("wijk.geen")}</Paragraph>
        ) : (
          <TableRegion label={t("wijk.lijst")}>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t("wijk.kolom.naam")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("wijk.kolom.ligtIn")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("wijk.kolom.gebruik")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("wijk.kolom.actie")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {wijken.map((w) => (
                  <TableRow key={w.id}>
                    <TableHeaderCell scope="row">{w.name}</TableHeaderCell>
                    <TableCell>{w.parentId ? nameOf.get(w.parentId) : "–"}</TableCell>
                    <TableCell>
                      {[
                        t("wijk.gebruik.metingen", { count: w.metingen }),
                        t("wijk.gebruik.leervragen", { count: w.leervragen }),
                        t("wijk.gebruik.trajecten", { count: w.trajecten }),
                        t("wijk.gebruik.herkenningen", { count: w.herkenningen }),
                        t("wijk.gebruik.interventies", { count: w.interventies }),
                      ].join(" · ")}
                    </TableCell>
                    <TableCell>
                      <div className="leerkring-actions">
                        <Link to={`${base}/${w.id}`} className="utrecht-link">
                          {canRecognise ? t("wijk.uitdagingenHerkennen") : t("wijk.uitdagingen")}
                          <span className="visually-hidden"> {w.name}</span>
                        </Link>
                        {canManage && (
                          <Link to={`?hernoem=${w.id}`} className="utrecht-link">
                            {t("wijk.hernoemen")}
                            <span className="visually-hidden"> {w.name}</span>
                          </Link>
                        )}
                        {canManage && !w.inUse && (
                          <Form method="post" className="leerkring-inline-form">
                            <input type="hidden" name="intent" value="verwijderen" />
                            <input type="hidden" name="wijkId" value={w.id} />
                            <Button type="submit" appearance="subtle-button">
                              {t("wijk.verwijderen")}
                              <span className="visually-hidden"> {w.name}</span>
                            </Button>
                          </Form>
                        )}
                      </div>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableRegion>
        )}
      </section>

      {canManage && (
        <section aria-labelledby="toevoegen" className="leerkring-stack leerkring-card">
          <Heading2 id="toevoegen">{t("wijk.nieuw")}</Heading2>
          <WijkAddForm
            key={done ? `${done.done}-${done.name}` : "nieuw"}
            wijken={topLevel}
            lastResult={actionData}
          />
        </section>
      )}

      {history.length > 0 && (
        <section aria-labelledby="geschiedenis" className="leerkring-stack">
          <Heading2 id="geschiedenis">{t("wijk.geschiedenis")}</Heading2>
          <UnorderedList>
            {history.map((h, i) => (
              <UnorderedListItem key={i}>
                {t("wijk.hernoemdRegel", {
                  van: h.oldName,
                  naar: h.newName,
                  wie: h.changedByName ?? t("wijk.onbekendPersoon"),
                  wanneer: formatDateTime(locale, h.changedAt, "date"),
                })}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
      )}
    </div>
  );
}
