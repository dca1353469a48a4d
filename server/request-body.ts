import type express from "express";
import { isUploadPath } from "#shared/bijlagen.ts";
import { localeFromAcceptLanguage, translator, type MessageKey } from "#shared/i18n/index.ts";

// Every page request that carries a body (a form post) is read here, before React Router sees it:
// too large is refused before it is read, what is not a form never reaches an action (whose
// request.formData() would throw and answer 500). Actions get the checked bytes (res.locals.body).

/** Forms: 1 MB, far above any form of ours (uploads get their own limit, below). */
export const FORM_LIMIT_BYTES = 1_000_000;

const FORM_TYPES = new Set(["application/x-www-form-urlencoded", "multipart/form-data"]);
const BODYLESS_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function readFormBodies(
  limit = FORM_LIMIT_BYTES,
  /** The largest file an upload path accepts (UPLOAD_MAX_MB). */
  uploadLimit = 25_000_000,
): express.RequestHandler {
  return (req, res, next) => {
    if (BODYLESS_METHODS.has(req.method)) return next();
    const contentType = req.headers["content-type"] ?? "";
    const mediaType = contentType.split(";")[0]!.trim().toLowerCase();
    // An upload (shared/bijlagen.ts) is not read here: its action streams it through the
    // multipart parser, which stops at the file limit (app/routes/bijlagen.nieuw.$soort.$id.ts).
    // What says beforehand that it is larger than the file plus a form's worth of other fields is
    // refused before a byte is read, as any form.
    if (isUploadPath(req.path)) {
      if (Number(req.headers["content-length"] ?? 0) > uploadLimit + limit) {
        return tooLarge(req, res, uploadLimit);
      }
      if (mediaType !== "multipart/form-data") return sendRefusal(req, res, 415);
      res.locals.streamBody = true;
      return next();
    }
    if (Number(req.headers["content-length"] ?? 0) > limit) return tooLarge(req, res, limit);
    if (!FORM_TYPES.has(mediaType)) {
      return sendRefusal(req, res, 415);
    }

    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      chunks.push(chunk);
      if (size <= limit) return;
      // A chunked body has no Content-Length to check up front: stop at the limit.
      refused = true;
      chunks.length = 0;
      req.off("data", onData);
      req.pause();
      tooLarge(req, res, limit);
    };
    req.on("data", onData);
    req.once("error", () => {
      refused = true; // the client went away; nothing to answer
    });
    req.once("end", () => {
      if (refused) return;
      const body = Buffer.concat(chunks);
      // A broken multipart body fails here, once, instead of in every action.
      new Response(body, { headers: { "Content-Type": contentType } }).formData().then(
        () => {
          res.locals.body = body;
          next();
        },
        () => sendRefusal(req, res, 400),
      );
    });
  };
}

function tooLarge(req: express.Request, res: express.Response, limit: number) {
  // Closing the connection stops the client sending the rest: Node would otherwise read it.
  res.set("Connection", "close");
  sendRefusal(req, res, 413, { limiet: Math.round(limit / 1_000_000) });
}

/** A short page in the visitor's language for a refused request; it never goes through React. */
export function sendRefusal(
  req: express.Request,
  res: express.Response,
  status: 400 | 405 | 413 | 415,
  vars: Record<string, number> = {},
) {
  const locale = localeFromAcceptLanguage(req.get("Accept-Language") ?? null);
  const t = translator(locale);
  const title = t(`fout.${status}.titel` as MessageKey);
  const text = t(`fout.${status}.tekst` as MessageKey, vars);
  res
    .status(status)
    .type("text/html; charset=utf-8")
    .send(
      `<!doctype html><html lang="${locale}"><meta charset="utf-8">` +
        `<meta name="viewport" content="width=device-width, initial-scale=1">` +
        `<title>${title} – Leerkring</title><main><h1>${title}</h1><p>${text}</p>` +
        `<p><a href="/">${t("fout.naarStart")}</a></p></main></html>`,
    );
}
