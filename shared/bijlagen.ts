// What the process (server/request-body.ts) and the attachments feature (app/bijlagen/) share:
// which paths take an upload. Their bodies are not read into memory beforehand but streamed into
// the route's action, which enforces UPLOAD_MAX_MB while it reads.

export const uploadOwnerKinds = [
  "leervraag",
  "bijeenkomst",
  "agendapunt",
  "logboek",
  "essay",
] as const;
export type UploadOwnerKind = (typeof uploadOwnerKinds)[number];

const UPLOAD_PATH = /^\/bijlagen\/nieuw\/([a-z]+)\/(\d{1,12})$/;

/** The upload path of one record: a POST there attaches one file to it. */
export function uploadPath(kind: UploadOwnerKind, id: number): string {
  return `/bijlagen/nieuw/${kind}/${id}`;
}

export function isUploadPath(pathname: string): boolean {
  return UPLOAD_PATH.test(pathname);
}

/** The name of the file field in an upload form. */
export const FILE_FIELD = "bestand";

/**
 * Records shown beneath another on its page (a meeting's programme item, a casework log entry)
 * have their own attachments section there; this key tells the sections apart (its anchor, and
 * which one shows the upload's message). Null for a record that has the page to itself.
 */
export function attachmentMarker(kind: UploadOwnerKind, id: number): string | null {
  return kind === "agendapunt" || kind === "logboek" ? `${kind}-${id}` : null;
}

/** The id of a record's attachments section on its page. */
export function attachmentAnchor(marker: string | null): string {
  return marker ? `bijlagen-${marker}` : "bijlagen";
}
