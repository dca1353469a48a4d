import type { Locale } from "./locales.ts";
import type { LoadCatalogue } from "./catalogue.ts";
import { en } from "./en/index.ts";
import { nl } from "./nl/index.ts";

// The server, tests and scripts have both languages from the start, so `translator(locale)` answers
// synchronously (a mail, an export, an error page). package.json's "#shared/i18n/catalogues" picks
// this module everywhere but in the browser.
export const startLocales: readonly Locale[] = ["nl", "en"];

export const loadCatalogue: LoadCatalogue = (locale) => ({ nl, en })[locale];
