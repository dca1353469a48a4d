import { useRouteLoaderData } from "react-router";
import type { Locale } from "#shared/i18n/locales.ts";
import { TIME_ZONE } from "#shared/time.ts";
import { en } from "./en.ts";
import { nl, type MessageKey } from "./nl.ts";

export type { MessageKey };
export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

const catalogues: Record<Locale, Record<MessageKey, string>> = { nl, en };

export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === "string" && value in nl;
}

export function translator(locale: Locale): Translate {
  const catalogue = catalogues[locale];
  return (key, vars) => {
    const text = catalogue[key] ?? nl[key] ?? key;
    return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => String(vars[name] ?? m)) : text;
  };
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

type RootData = { locale: Locale } | undefined;

export function useLocale(): Locale {
  return (useRouteLoaderData("root") as RootData)?.locale ?? "nl";
}

export function useT(): Translate {
  return translator(useLocale());
}
