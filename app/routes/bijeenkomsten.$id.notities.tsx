import {
  Button,
  Heading1,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { lazy, Suspense, useSyncExternalStore } from "react";
import { Form, Link, redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/bijeenkomsten.$id.notities";
import { forbidden, notFound, requireUser } from "#app/auth/user.server.ts";
import { DownloadLinks } from "#app/components/download-links.tsx";
import { FormAlert, SuccessAlert, TextField } from "#app/components/fields-legacy.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";
import { leerkringContext } from "#app/load-context.ts";
import {
  getMeetingForNotes,
  getNotesPage,
  notitiesDocumentAccess,
  restoreNotesVersion,
  saveNotesVersion,
} from "#app/notities/notities.server.ts";
import { parseId } from "#app/utils/fields.ts";
import { formError, invalidForm, parseForm, type FormFailure } from "#app/utils/forms-legacy.ts";

// The live notes of a meeting. The server renders the current text, so it is there before any
// JavaScript; the editor (app/editor/collaborative-editor.client.tsx) is loaded afterwards and takes over.
const NotesEditor = lazy(() => import("#app/editor/collaborative-editor.client.tsx"));

function load(request: Request, params: { id: string }) {
  const user = requireUser(request);
  const id = parseId(params.id);
  if (id === null) throw notFound();
  const access = notitiesDocumentAccess(user, id);
  if (access === "not-found") throw notFound();
  if (access === "forbidden") throw forbidden();
  const meeting = getMeetingForNotes(id)!;
  return { user, id, access, meeting };
}

export function loader({ request, params }: Route.LoaderArgs) {
  const { user, access, meeting } = load(request, params);
  const versionParam = new URL(request.url).searchParams.get("versie");
  const versionId = versionParam === null ? null : parseId(versionParam);
  const page = getNotesPage(meeting.id, versionParam === null ? null : (versionId ?? -1));
  const restored = new URL(request.url).searchParams.has("teruggezet");
  return { meeting, access, restored, user: { id: user.id, name: user.name }, ...page };
}

const saveSchema = z.object({
  label: z
    .string()
    .trim()
    .max(100, "fout.teLang")
    .optional()
    .transform((v) => v || null),
});

export async function action({ request, params, context }: Route.ActionArgs) {
  const { user, access, meeting } = load(request, params);
  if (access !== "edit") throw forbidden();
  const formData = await request.formData();
  const intent = formData.get("intent");
  const { collab } = context.get(leerkringContext);

  if (intent === "versie-opslaan") {
    const parsed = parseForm(saveSchema, formData);
    if (!parsed.success) return invalidForm(parsed.failure);
    saveNotesVersion(collab, meeting.id, parsed.data.label, user.id);
    return { done: "notities.versieOpgeslagen" as const };
  }
  if (intent === "versie-terugzetten") {
    const versionId = parseId(String(formData.get("versionId") ?? ""));
    if (versionId === null || !restoreNotesVersion(collab, meeting.id, versionId, user.id)) {
      return formError("notities.versieNietGevonden", formData, { status: 404 });
    }
    return redirect(`/bijeenkomsten/${meeting.id}/notities?teruggezet=1`);
  }
  return formError("fout.ongeldig", formData);
}

/** True once React has hydrated: the editor only ever renders in the browser. */
const noSubscription = () => () => {};
function useHydrated() {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

function StaticNotes({ html, label }: { html: string; label: string }) {
  const t = useT();
  return (
    <div className="leerkring-notes__document">
      {html ? (
        <div
          className="leerkring-notes__content"
          aria-label={label}
          role="document"
          // Our own renderer's output: text is escaped, only schema elements and safe links.
          dangerouslySetInnerHTML={{ __html: html }}
        />
      ) : (
        <Paragraph>{t("notities.leeg")}</Paragraph>
      )}
    </div>
  );
}

export default function Notities({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const hydrated = useHydrated();
  const { meeting, access, user, html, versions, version, versionMissing, documentName, restored } =
    loaderData;
  const failure = actionData && "errors" in actionData ? (actionData as FormFailure) : undefined;
  const done = actionData && "done" in actionData ? actionData.done : null;
  const base = `/bijeenkomsten/${meeting.id}/notities`;

  return (
    <div className="leerkring-stack leerkring-notes">
      <PageTitle>{t("notities.titel", { titel: meeting.title })}</PageTitle>
      <Paragraph>
        <Link to={`/bijeenkomsten/${meeting.id}`} className="utrecht-link">
          ← {t("notities.terug")}
        </Link>
      </Paragraph>
      <Heading1>
        {t("notities.kop")}: {meeting.title}
      </Heading1>
      <Paragraph>{formatDateTime(locale, meeting.startsAt, "long")}</Paragraph>
      <DownloadLinks base={`/bijeenkomsten/${meeting.id}/notities`} />
      <SuccessAlert message={done ?? (restored ? "notities.versieHersteld" : null)} />
      <FormAlert failure={failure} />
      {access === "view" ? <Paragraph>{t("notities.alleenLezen")}</Paragraph> : null}

      {version ? (
        <section aria-labelledby="versie-kop" className="leerkring-stack">
          <Heading2 id="versie-kop">
            {t("notities.versieVan", { tijd: formatDateTime(locale, version.createdAt) })}
          </Heading2>
          <StaticNotes html={version.html} label={t("notities.inhoud")} />
          <div className="leerkring-actions">
            {access === "edit" ? (
              <Form method="post">
                <input type="hidden" name="intent" value="versie-terugzetten" />
                <input type="hidden" name="versionId" value={version.id} />
                <Button type="submit" appearance="primary-action-button">
                  {t("notities.versieHerstellen")}
                </Button>
              </Form>
            ) : null}
            <Link to={base} className="utrecht-link">
              {t("notities.terugNaarActueel")}
            </Link>
          </div>
        </section>
      ) : (
        <section aria-label={t("notities.inhoud")}>
          {versionMissing ? <Paragraph>{t("notities.versieNietGevonden")}</Paragraph> : null}
          {hydrated ? (
            <Suspense fallback={<StaticNotes html={html} label={t("notities.inhoud")} />}>
              <NotesEditor
                key={documentName}
                documentName={documentName}
                access={access}
                user={user}
                initialHtml={html}
              />
            </Suspense>
          ) : (
            <StaticNotes html={html} label={t("notities.inhoud")} />
          )}
        </section>
      )}

      <section aria-labelledby="versies" className="leerkring-stack">
        <Heading2 id="versies">{t("notities.versies")}</Heading2>
        <Paragraph>{t("notities.versiesUitleg")}</Paragraph>
        {versions.length === 0 ? (
          <Paragraph>{t("notities.geenVersies")}</Paragraph>
        ) : (
          <div className="leerkring-table-wrapper">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t("notities.moment")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("notities.omschrijving")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("notities.acties")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {versions.map((v) => (
                  <TableRow key={v.id}>
                    <TableCell>{formatDateTime(locale, v.createdAt)}</TableCell>
                    <TableCell>
                      {v.label ?? t(`notities.soort.${v.kind}`)}
                      {v.author ? ` ${t("notities.versieDoor", { naam: v.author })}` : ""}
                    </TableCell>
                    <TableCell>
                      <Link
                        to={`${base}?versie=${v.id}`}
                        aria-label={`${t("notities.versieBekijken")}: ${formatDateTime(locale, v.createdAt)}`}
                      >
                        {t("notities.versieBekijken")}
                      </Link>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
        {access === "edit" && !version ? (
          <Form method="post" className="leerkring-form">
            <input type="hidden" name="intent" value="versie-opslaan" />
            <TextField
              name="label"
              label={t("notities.versieNaam")}
              description={t("notities.versieNaamUitleg")}
              failure={failure}
            />
            <Button type="submit" appearance="secondary-action-button">
              {t("notities.versieOpslaan")}
            </Button>
          </Form>
        ) : null}
      </section>
    </div>
  );
}
