import { z } from "zod";
import { idField } from "#app/utils/fields.ts";

// The forms on an assessment's page (/monitor/:id), checked alike in the browser (each form with
// its own schema) and in the action (the union of them, told apart by intent).

export const shareSchema = z.object({
  intent: z.literal("delen"),
  sharedWithCircle: z
    .string()
    .optional()
    .transform((v) => v === "on"),
});

export const leervraagLinkSchema = z.object({
  intent: z.literal("leervraag"),
  leervraagId: z
    .union([z.literal(""), idField])
    .default("")
    .transform((v) => (v === "" ? null : v)),
});

export const reopenSchema = z.object({ intent: z.literal("heropenen") });

export const deleteSchema = z.object({
  intent: z.literal("verwijderen"),
  bevestig: z.literal("on", { error: "monitor.fout.bevestig" }),
});

export const wijkmetingActionSchema = z.discriminatedUnion("intent", [
  shareSchema,
  leervraagLinkSchema,
  reopenSchema,
  deleteSchema,
]);
