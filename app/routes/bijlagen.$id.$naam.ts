import fs from "node:fs";
import { Readable } from "node:stream";
import type { Route } from "./+types/bijlagen.$id.$naam";
import { canReadBijlagen } from "#app/auth/rules/bijlage.ts";
import { getUser, notFound, requireFound } from "#app/auth/user.server.ts";
import { contentDisposition } from "#app/bijlagen/download.ts";
import { getBijlage } from "#app/bijlagen/bijlagen.server.ts";
import { filePath } from "#app/bijlagen/storage.server.ts";

// A download of one attachment (helmet sends X-Content-Type-Options: nosniff with every answer). Whoever may not read the record it belongs to gets a 404, the
// same as for an attachment that does not exist: its existence is not told either. The name in
// the path is for the person's eyes only; the file is always sent as a download, never shown.

export function loader({ request, params }: Route.LoaderArgs) {
  const bijlage = requireFound(params.id, getBijlage);
  const user = getUser(request);
  if (!bijlage.owner || !canReadBijlagen(user, bijlage.owner.resource)) throw notFound();
  const file = filePath(bijlage.sha256);
  if (!fs.existsSync(file)) throw notFound();
  const body = Readable.toWeb(fs.createReadStream(file)) as ReadableStream<Uint8Array>;
  return new Response(body, {
    headers: {
      "Content-Type": bijlage.mediaType,
      "Content-Length": String(bijlage.size),
      "Content-Disposition": contentDisposition(bijlage.filename),
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
    },
  });
}
