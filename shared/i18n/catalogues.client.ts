import type { Locale } from "./locales.ts";
import type { LoadCatalogue } from "./catalogue.ts";

// In the browser each language is a chunk of its own, and a page fetches only its own language:
// the one the server rendered in <html lang>, loaded before hydration (entry.client.tsx). Another
// language is fetched if the person switches to it.
const chunks = {
  nl: () => import("./nl/index.ts").then((module) => module.nl),
  en: () => import("./en/index.ts").then((module) => module.en),
} satisfies Record<Locale, LoadCatalogue>;

export const startLocales: readonly Locale[] = [
  document.documentElement.lang === "en" ? "en" : "nl",
];

export const loadCatalogue: LoadCatalogue = (locale) => chunks[locale]();
