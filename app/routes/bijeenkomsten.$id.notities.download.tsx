import type { Route } from "./+types/bijeenkomsten.$id.notities.download";
import { forbidden, notFound, requireUser } from "#app/auth/user.server.ts";
import { download, formatFromUrl } from "#app/export/download.server.ts";
import { exportImages } from "#app/export/images.server.ts";
import { plainRefusal } from "#app/utils/responses.server.ts";
import { formatDateTime } from "#shared/i18n/index.ts";
import {
  getMeetingForNotes,
  notitiesDocumentAccess,
  readNotes,
} from "#app/notities/notities.server.ts";
import { parseId } from "#app/utils/fields.ts";

/** `/bijeenkomsten/:id/notities.pdf|.docx|.md|.html` for everyone who may read the notes. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const user = requireUser(request);
  const format = formatFromUrl(request);
  const id = parseId(params.id);
  if (!format || id === null) throw plainRefusal(request, notFound());
  const access = notitiesDocumentAccess(user, id);
  if (access === "not-found") throw plainRefusal(request, notFound());
  if (access === "forbidden") throw plainRefusal(request, forbidden());
  const meeting = getMeetingForNotes(id)!;
  const json = readNotes(id)?.json ?? { type: "doc", content: [] };
  const images = format === "pdf" || format === "docx" ? await exportImages(user, json) : undefined;
  return download(format, user.locale, (t) => ({
    title: t("notities.titel", { titel: meeting.title }),
    subtitle: formatDateTime(user.locale, meeting.startsAt, "long"),
    authors: [],
    date: new Date(),
    meta: [{ label: t("bijeenkomst.veld.soort"), value: t(`bijeenkomst.soort.${meeting.kind}`) }],
    json,
    images,
    locale: user.locale,
  }));
}
