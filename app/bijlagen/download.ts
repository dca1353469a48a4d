// How an attachment's name is sent (RFC 6266): `attachment`, an ASCII fallback for old clients
// and the UTF-8 name in filename*. Names were neutralised at upload (storage.server.ts); quotes,
// backslashes and anything outside printable ASCII are replaced in the fallback all the same.

export function contentDisposition(filename: string): string {
  const safe = filename.replace(/[\p{Cc}\p{Cf}/\\]/gu, "_");
  const ascii =
    safe
      .normalize("NFKD")
      .replace(/[^\x20-\x7e]/g, "")
      .replace(/["\\]/g, "_") || "bijlage";
  const encoded = encodeURIComponent(safe).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** The download address of an attachment, its name in the path for the person's eyes. */
export function downloadHref(bijlage: { id: number; filename: string }): string {
  return `/bijlagen/${bijlage.id}/${encodeURIComponent(bijlage.filename)}`;
}
