import { createInstance, type BackendModule } from "i18next";
import { createContext, createElement, useContext, useMemo, type ReactNode } from "react";
import { initReactI18next, useTranslation } from "react-i18next";
import { useRouteLoaderData } from "react-router";
import { loadCatalogue, startLocales } from "#shared/i18n/catalogues";
import type { Locale } from "#shared/i18n/locales.ts";
import { TIME_ZONE } from "#shared/time.ts";
import type { nl } from "./nl/index.ts";

type CatalogueKey = keyof typeof nl & string;
type PluralBase<Key> = Key extends `${infer Base}_one` ? Base : never;

/** Keys with plural forms (`…_one`, `…_other` in the catalogue), called without the suffix. */
export type PluralKey = PluralBase<CatalogueKey>;
/** Every key a caller may pass: the Dutch catalogue's, with plural forms under their base key. */
export type MessageKey = Exclude<CatalogueKey, `${string}_${"one" | "other"}`> | PluralKey;
export type Vars = Record<string, string | number>;
/** A key with plural forms needs its `count`: forgetting it is a type error. */
export type Translate = <Key extends MessageKey>(
  key: Key,
  ...vars: Key extends PluralKey ? [vars: Vars & { count: number }] : [vars?: Vars]
) => string;

// One namespace, fed by "#shared/i18n/catalogues": on the server both languages at once, in the
// browser the page's language as a lazily loaded chunk (see docs/decisions/011-translations.md).
const catalogues: BackendModule = {
  type: "backend",
  callbackApi: false,
  init() {},
  read: (language) => loadCatalogue(language as Locale),
};

const i18n = createInstance().use(catalogues).use(initReactI18next);

/** Settles when the start languages are loaded: at once on the server, in the browser once fetched. */
export const catalogueLoaded = i18n.init({
  lng: startLocales[0],
  preload: startLocales,
  // The English catalogue has every Dutch key (a type error otherwise), so there is nothing to fall
  // back on, and the browser never fetches a second language for it.
  fallbackLng: false,
  // Loading is synchronous on the server, so `translator` answers straight after import.
  initAsync: false,
  // Keys are flat strings: "zoeken.titel" is one key, not a path in nested objects.
  keySeparator: false,
  nsSeparator: false,
  // Placeholders are written {name}; React escapes what it renders.
  interpolation: { prefix: "{", suffix: "}", escapeValue: false },
});

export function isMessageKey(value: unknown): value is MessageKey {
  if (typeof value !== "string" || /_(one|other)$/.test(value)) return false;
  // Both languages have the same keys, so the language loaded first answers for both.
  const messages = i18n.getResourceBundle(startLocales[0]!, "translation") as
    Record<string, string> | undefined;
  return messages !== undefined && (value in messages || `${value}_one` in messages);
}

export function translator(locale: Locale): Translate {
  const t = i18n.getFixedT(locale);
  return (key, vars?: Vars) => t(key, vars);
}

/** A visitor's language from Accept-Language: English only when they prefer it over Dutch. */
export function localeFromAcceptLanguage(header: string | null): Locale {
  if (!header) return "nl";
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().toLowerCase().split(";");
      const q = params.find((p) => p.trim().startsWith("q="));
      return { lang: tag.split("-")[0], q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((x) => x.lang === "nl" || x.lang === "en")
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.lang === "en" ? "en" : "nl";
}

const intlLocale: Record<Locale, string> = { nl: "nl-NL", en: "en-GB" };

type DateStyle = "date" | "datetime" | "time" | "long";

const dateStyles: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: "medium" },
  datetime: { dateStyle: "medium", timeStyle: "short" },
  time: { timeStyle: "short" },
  long: { dateStyle: "full", timeStyle: "short" },
};

// Creating an Intl.DateTimeFormat is costly; a page formats many dates with a few formats.
const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatDateTime(locale: Locale, date: Date | number, style: DateStyle = "datetime") {
  const key = `${locale}:${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(intlLocale[locale], {
      ...dateStyles[style],
      timeZone: TIME_ZONE,
    });
    formatters.set(key, formatter);
  }
  return formatter.format(date);
}

/**
 * A calendar day ("2026-12-07", no time of day) in words, e.g. { weekday: "long", day: "numeric",
 * month: "long" } → "maandag 7 december". For the agenda's month and week views.
 */
export function formatDay(locale: Locale, day: string, options: Intl.DateTimeFormatOptions) {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(intlLocale[locale], { ...options, timeZone: "UTC" }).format(
    Date.UTC(y, m - 1, d),
  );
}

type RootData = { locale: Locale } | undefined;

export function useLocale(): Locale {
  return (useRouteLoaderData("root") as RootData)?.locale ?? "nl";
}

// A text without placeholders is the same on every page: looked up once per language (a page asks
// for a hundred; i18next resolves each anew). Only once the language is loaded, since
// useTranslation suspends until then.
const plainTextsByLocale = new Map<Locale, Map<string, string>>();
function plainTexts(locale: Locale) {
  let texts = plainTextsByLocale.get(locale);
  if (!texts) plainTextsByLocale.set(locale, (texts = new Map()));
  return texts;
}

const TranslateContext = createContext<Translate | null>(null);

/**
 * Gives the page one translate function, for all its components (root.tsx's Layout). After a
 * switch to a language the browser has not loaded yet, the page suspends until that language's
 * chunk has arrived (react-i18next), instead of showing keys. One for the page, not one per
 * component: react-i18next builds a new function for each component it is asked by.
 */
export function TranslationProvider({ children }: { children: ReactNode }) {
  const locale = useLocale();
  const { t } = useTranslation(undefined, { lng: locale });
  const translate = useMemo<Translate>(() => {
    const plain = plainTexts(locale);
    return (key, vars?: Vars) => {
      if (vars) return t(key, vars);
      let text = plain.get(key);
      if (text === undefined) plain.set(key, (text = t(key)));
      return text;
    };
  }, [t, locale]);
  return createElement(TranslateContext.Provider, { value: translate }, children);
}

/** The page's translate function (from TranslationProvider). */
export function useT(): Translate {
  const t = useContext(TranslateContext);
  if (!t) throw new Error("useT() needs a TranslationProvider above it");
  return t;
}
