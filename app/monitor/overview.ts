import { z } from "zod";
import { idField } from "#app/utils/fields.ts";

// The monitor's overview (/monitor): its list filter, read from the URL, and which results it
// summarises.

/** The list filter is a GET form: a municipality's id, or none for all (nonsense counts as none). */
export const overviewFilterSchema = z.object({
  gemeente: idField.optional().catch(undefined),
});

type Summarised = { wijkId: number; status: string };

/**
 * The latest submitted assessment of each neighbourhood of each municipality, in the order of
 * `metingen` (sorted newest period first within a neighbourhood record).
 */
export function latestPerWijk<M extends Summarised>(metingen: M[]): M[] {
  const latest = new Map<number, M>();
  for (const m of metingen) {
    if (m.status === "ingediend" && !latest.has(m.wijkId)) latest.set(m.wijkId, m);
  }
  return [...latest.values()];
}
