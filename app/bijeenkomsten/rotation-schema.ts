import { z } from "zod";
import { idField } from "#app/utils/fields.ts";
import { MAX_SESSIONS } from "./rotation-limits.ts";

// The two forms of the rotation page (/agenda/rotatie): asking for a proposal (GET) and
// confirming the adjusted proposal (POST). The calendar rules (weekday, holidays, season) are
// checked on the server (rotation-plan.ts), which knows the hosts' regions.

const time = z
  .string({ error: "fout.verplicht" })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "fout.tijdOngeldig");
const seasonSlug = z
  .string({ error: "fout.verplicht" })
  .regex(/^\d{4}-\d{4}$/, "rotatie.plan.seizoenOngeldig");

const times = z.object({ begin: time, einde: time });
const endsAfterBegin = (v: { begin: string; einde: string }) => v.einde > v.begin;

export const rotationRequestSchema = times
  .extend({
    seizoen: seasonSlug,
    aantal: z
      .string({ error: "fout.verplicht" })
      .regex(/^\d{1,3}$/, "fout.geheelGetal")
      .transform(Number)
      .pipe(
        z
          .number()
          .min(1, "rotatie.plan.aantalMinimaal")
          .max(MAX_SESSIONS, "rotatie.plan.aantalMaximaal"),
      ),
    uitgesloten: z
      .union([idField, z.array(idField)])
      .optional()
      .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
  })
  .refine(endsAfterBegin, { path: ["einde"], message: "fout.eindVoorBegin" });

export type RotationRequest = z.output<typeof rotationRequestSchema>;

export const rotationConfirmSchema = times
  .extend({
    seizoen: seasonSlug,
    rijen: z
      .array(
        z.object({
          datum: z
            .string({ error: "fout.verplicht" })
            .regex(/^\d{4}-\d{2}-\d{2}$/, "fout.datumOngeldig"),
          gastgemeente: idField,
        }),
        { error: "fout.ongeldig" },
      )
      .min(1, "rotatie.plan.aantalMinimaal")
      .max(MAX_SESSIONS, "rotatie.plan.aantalMaximaal"),
  })
  .refine(endsAfterBegin, { path: ["einde"], message: "fout.eindVoorBegin" });

export type RotationConfirm = z.output<typeof rotationConfirmSchema>;
