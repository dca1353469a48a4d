// What the upload form accepts besides its file (shared by the form and the action). The file
// itself is checked on the server only (storage.server.ts): by its content, not its name.

export const TITLE_MAX = 200;

/** The file types the picker offers (the server decides by content, whatever is picked). */
export const ACCEPT =
  ".pdf,.docx,.xlsx,.pptx,.odt,.png,.jpg,.jpeg,.webp,.csv,.txt," +
  "application/pdf,image/png,image/jpeg,image/webp,text/csv,text/plain";

/** The title given, or the file's name without its extension; never longer than TITLE_MAX. */
export function uploadTitle(value: FormDataEntryValue | null, filename: string): string {
  const given = typeof value === "string" ? value.replace(/[\p{Cc}\p{Cf}]/gu, "").trim() : "";
  const fallback = filename.replace(/\.[^.]{1,6}$/, "");
  return (given || fallback || filename).slice(0, TITLE_MAX);
}

/** The messages an upload can come back with (?bijlagefout=…): only these are shown. */
export const uploadErrors = [
  "bijlage.fout.teGroot",
  "bijlage.fout.soort",
  "bijlage.fout.naamPastNiet",
  "bijlage.fout.afbeelding",
  "bijlage.fout.leeg",
  "bijlage.fout.geenBestand",
  "bijlage.fout.onleesbaar",
] as const;
export type UploadError = (typeof uploadErrors)[number];

/** Short names of the accepted types, for lists. */
export const typeLabels: Record<string, string> = {
  "application/pdf": "PDF",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "PowerPoint",
  "application/vnd.oasis.opendocument.text": "ODT",
  "image/png": "PNG",
  "image/jpeg": "JPEG",
  "image/webp": "WebP",
  "text/csv": "CSV",
  "text/plain": "TXT",
};
