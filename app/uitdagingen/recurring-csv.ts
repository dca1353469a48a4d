import { toCsv } from "#app/monitor/csv.ts";
import type { Translate } from "#shared/i18n/index.ts";

type Row = {
  code: string;
  text: string;
  actorName: string;
  gemeenten: number;
  wijken: number;
  namen: string[];
};

/** The recurring challenges as the table on /leervragen shows them, one row each. */
export function recurringCsv(rows: readonly Row[], t: Translate): string {
  return toCsv([
    [
      t("uitdaging.kolom.code"),
      t("uitdaging.kolom.uitdaging"),
      t("uitdaging.kolom.actor"),
      t("uitdaging.kolom.gemeenten"),
      t("uitdaging.kolom.wijken"),
      t("uitdaging.kolom.welke"),
    ],
    ...rows.map((r) => [r.code, r.text, r.actorName, r.gemeenten, r.wijken, r.namen.join(", ")]),
  ]);
}
