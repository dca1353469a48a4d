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
import { Form, Link, redirect } from "react-router";
import type { Route } from "./+types/bijeenkomsten.$id.notities";
import { forbidden, notFound, requireUser } from "#app/auth/user.server.ts";
import { DownloadLinks } from "#app/components/download-links.tsx";
import { FormAlert, SuccessAlert } from "#app/components/fields.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { imageChoices } from "#app/bijlagen/bijlagen.server.ts";
import { LiveDocument, StaticDocument } from "#app/editor/live-document.tsx";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";
import { leerkringContext } from "#app/load-context.ts";
import {
  getMeetingForNotes,
  getNotesPage,
  notitiesDocumentAccess,
  restoreNotesVersion,
  saveNotesVersion,
} from "#app/notities/notities.server.ts";
import { notesIntents } from "#app/notities/notities-schema.ts";
import { SaveVersionForm } from "#app/notities/save-version-form.tsx";
import { parseId } from "#app/utils/fields.ts";
import { invalid, parseSubmission, useSchemaForm } from "#app/utils/forms.ts";

// The live notes of a meeting, co-edited (app/editor/live-document.tsx), and their versions.

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
  // The editor's "Afbeelding invoegen": the meeting's images, for who may attach to it.
  const images =
    access === "edit"
      ? (imageChoices(user, {
          kind: "bijeenkomst",
          id: meeting.id,
          resource: { kind: "bijeenkomst", meeting },
        }) ?? undefined)
      : undefined;
  return { meeting, access, restored, images, user: { id: user.id, name: user.name }, ...page };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { user, access, meeting } = load(request, params);
  if (access !== "edit") throw forbidden();
  const submission = parseSubmission(await request.formData(), notesIntents);
  if (submission.status !== "success") return invalid(submission);
  const command = submission.value;
  const { collab } = context.get(leerkringContext);

  if (command.intent === "versie-opslaan") {
    saveNotesVersion(collab, meeting.id, command.label, user.id);
    return { done: "notities.versieOpgeslagen" as const };
  }
  const versionId = parseId(command.versionId);
  if (versionId === null || !restoreNotesVersion(collab, meeting.id, versionId, user.id)) {
    return invalid(submission, { form: { key: "notities.versieNietGevonden" } }, { status: 404 });
  }
  return redirect(`/bijeenkomsten/${meeting.id}/notities?teruggezet=1`);
}

export default function Notities({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { meeting, access, user, html, versions, version, versionMissing, documentName, restored } =
    loaderData;
  // Errors of the whole page's forms (a version that is gone); field errors stay beside the field.
  const [page] = useSchemaForm(notesIntents, { lastResult: actionData });
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
      <FormAlert form={page} />
      {access === "view" ? <Paragraph>{t("notities.alleenLezen")}</Paragraph> : null}

      {version ? (
        <section aria-labelledby="versie-kop" className="leerkring-stack">
          <Heading2 id="versie-kop">
            {t("notities.versieVan", { tijd: formatDateTime(locale, version.createdAt) })}
          </Heading2>
          <StaticDocument
            html={version.html}
            label={t("notities.inhoud")}
            empty={t("notities.leeg")}
          />
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
          <LiveDocument
            editor={{ documentName, access, user, initialHtml: html, images: loaderData.images }}
            label={t("notities.inhoud")}
            empty={t("notities.leeg")}
          />
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
        {access === "edit" && !version ? <SaveVersionForm lastResult={actionData} /> : null}
      </section>
    </div>
  );
}
