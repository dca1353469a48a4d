import type { Translate } from "#shared/i18n/index.ts";

/**
 * The names of an essay's authors as shown: the accounts in alphabetical order, then one
 * "voormalig deelnemer" for each author whose account was erased (app/gegevens/erasure.server.ts).
 */
export function authorNames(
  essay: { authors: { name: string }[]; formerAuthors: number },
  t: Translate,
): string[] {
  return [
    ...essay.authors.map((a) => a.name),
    ...Array.from({ length: essay.formerAuthors }, () => t("persoon.voormalig")),
  ];
}
