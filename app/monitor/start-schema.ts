import { z } from "zod";
import { chosenId } from "#app/utils/fields.ts";
import { periodeDelen } from "./period.ts";

// The form that starts an assessment, checked alike in the browser and in the action.

const FIRST_YEAR = 2018;

/** The years one can assess: from the first year of the monitor up to next year. */
export function selectableYears(now = new Date()) {
  const last = now.getFullYear() + 1;
  return Array.from({ length: last - FIRST_YEAR + 1 }, (_, k) => last - k);
}

export const startSchema = z.object({
  wijkId: chosenId("monitor.fout.kiesWijk"),
  jaar: z.coerce
    .number({ error: "monitor.fout.jaar" })
    .int("monitor.fout.jaar")
    .refine((y) => selectableYears().includes(y), "monitor.fout.jaar"),
  deel: z.enum(periodeDelen, { error: "fout.ongeldig" }).default(""),
});
