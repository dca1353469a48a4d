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
