import { z } from "zod";
import { auditActions } from "#db/schema.ts";
import { fromAmsterdamInputs } from "#shared/time.ts";

// The filters of /beheer/audit and its CSV, a GET form: each is optional, an empty field is no
// filter, and what is not valid is said in Dutch beside its field (never a 500).

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "audit.fout.teLang")
    .optional()
    .transform((v) => v || undefined);

const day = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || undefined)
  .refine((v) => v === undefined || fromAmsterdamInputs(v, "00:00") !== null, "audit.fout.datum");

export const auditFilterSchema = z
  .object({
    actie: z
      .string()
      .optional()
      .transform((v) => v || undefined)
      .refine(
        (v) => v === undefined || (auditActions as readonly string[]).includes(v),
        "audit.fout.actie",
      ),
    persoon: text(100),
    soort: text(40),
    record: text(100),
    van: day,
    tot: day,
  })
  .refine((f) => !f.van || !f.tot || f.van <= f.tot, {
    path: ["tot"],
    message: "audit.fout.volgorde",
  });

export type AuditFilterInput = z.output<typeof auditFilterSchema>;
