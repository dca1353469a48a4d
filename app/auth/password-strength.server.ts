import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary as commonDictionary } from "@zxcvbn-ts/language-common";
import { dictionary as dutchDictionary } from "@zxcvbn-ts/language-nl-be";
import type { MessageKey } from "#shared/i18n/index.ts";

// Password strength by zxcvbn-ts (common passwords, Dutch words and names, keyboard patterns),
// not by rules about character classes: a long sentence is strong, "Welkom01!" is not.

/** zxcvbn's score 0–4; 3 means "safely unguessable" against online and slowed offline attacks. */
export const MIN_PASSWORD_SCORE = 3;

// The dictionaries are large: built on first use, once per process, never for the browser.
let factory: ZxcvbnFactory | undefined;
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...commonDictionary, ...dutchDictionary },
    graphs: adjacencyGraphs,
  });
  return factory;
}

// zxcvbn's warning keys, grouped into our own Dutch explanations (shared/i18n), each with advice.
const adviceByWarning: Record<string, MessageKey> = {
  simpleRepeat: "fout.wachtwoordHerhaling",
  extendedRepeat: "fout.wachtwoordHerhaling",
  straightRow: "fout.wachtwoordPatroon",
  keyPattern: "fout.wachtwoordPatroon",
  sequences: "fout.wachtwoordPatroon",
  topTen: "fout.wachtwoordTeBekend",
  topHundred: "fout.wachtwoordTeBekend",
  common: "fout.wachtwoordTeBekend",
  similarToCommon: "fout.wachtwoordTeBekend",
  pwned: "fout.wachtwoordTeBekend",
  wordByItself: "fout.wachtwoordLosWoord",
  namesByThemselves: "fout.wachtwoordNaam",
  commonNames: "fout.wachtwoordNaam",
  userInputs: "fout.wachtwoordPersoonlijk",
  dates: "fout.wachtwoordDatum",
  recentYears: "fout.wachtwoordDatum",
};

/**
 * Null when the password is strong enough, otherwise the catalogue key that explains why not and
 * how to choose a better one. `personal` holds what an attacker would try first: the person's
 * name, e-mail address and organisation (the platform's own name is always added).
 */
export function passwordWeakness(password: string, personal: string[]): MessageKey | null {
  const inputs = ["leerkring", ...personal.flatMap(splitPersonal)];
  const result = estimator().check(password, inputs);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const warning = result.feedback.warning;
  return (warning && adviceByWarning[warning]) || "fout.wachtwoordTeZwak";
}

// "Pien van Dam" and "pien.vandam@gemeente-x.nl" are tried whole and in their parts.
function splitPersonal(value: string): string[] {
  const lower = value.trim().toLowerCase();
  if (!lower) return [];
  return [lower, ...lower.split(/[^\p{L}\p{N}]+/u).filter((part) => part.length >= 3)];
}
