import { localeFromAcceptLanguage, translator, type MessageKey } from "#shared/i18n/index.ts";

/** A plain-text answer for resource routes (files, feeds), in the visitor's language. */
export function plainTextResponse(request: Request, key: MessageKey, status: number): Response {
  const t = translator(localeFromAcceptLanguage(request.headers.get("Accept-Language")));
  return new Response(t(key), { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/**
 * A download or feed has no page around it: a thrown 403/404 (see forbidden/notFound) becomes a
 * short text in the visitor's language instead of a raw JSON body. Anything else passes unchanged.
 */
export function plainRefusal(request: Request, error: unknown): unknown {
  if (error instanceof Response) return error; // the way to the login page
  const status =
    typeof error === "object" && error !== null && "init" in error
      ? ((error as { init?: ResponseInit | null }).init?.status ?? 500)
      : 500;
  if (status !== 403 && status !== 404) return error;
  const t = translator(localeFromAcceptLanguage(request.headers.get("Accept-Language")));
  return new Response(`${t(`fout.${status}.titel`)}. ${t(`fout.${status}.tekst`)}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}
