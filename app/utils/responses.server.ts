import { localeFromAcceptLanguage, translator, type MessageKey } from "#app/i18n/index.ts";

/** A plain-text answer for resource routes (files, feeds), in the visitor's language. */
export function plainTextResponse(request: Request, key: MessageKey, status: number): Response {
  const t = translator(localeFromAcceptLanguage(request.headers.get("Accept-Language")));
  return new Response(t(key), { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
