import { z } from "zod";
import type { MessageKey } from "#shared/i18n/index.ts";
import { idField, optionalText, requiredText, singleLineText } from "#app/utils/fields.ts";
import { fromAmsterdamInputs } from "#shared/time.ts";
import { rsvpResponses } from "#db/schema.ts";

// The meeting forms, checked alike in the browser and in the action. The planning form is one
// schema for creating and editing both kinds of meeting.

const optionalId = z.union([z.literal(""), idField]).default("");

export const meetingFormSchema = z
  .object({
    kind: z.enum(["thema", "intervisie"], { error: "fout.ongeldig" }),
    title: singleLineText(160),
    description: optionalText(4000),
    themaId: optionalId,
    hostOrganisationId: optionalId,
    leaderId: optionalId,
    location: requiredText(200),
    date: z.string({ error: "fout.verplicht" }).min(1, "fout.verplicht"),
    startTime: z.string({ error: "fout.verplicht" }).min(1, "fout.verplicht"),
    endTime: z.string({ error: "fout.verplicht" }).min(1, "fout.verplicht"),
    capacity: z
      .union([
        z.literal(""),
        z.coerce
          .number()
          .int("fout.geheelGetal")
          .min(1, "fout.minimaalEen")
          .max(10_000, "fout.teGroot"),
      ])
      .default(""),
    criticalFriendIds: z
      .union([idField, z.array(idField)])
      .optional()
      .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
    /** Recording a meeting that has already taken place (only when planning a new one). */
    alGehouden: z
      .literal("on", { error: "fout.ongeldig" })
      .optional()
      .transform((v) => v === "on"),
  })
  .superRefine((v, ctx) => {
    const startsAt = fromAmsterdamInputs(v.date, v.startTime);
    const endsAt = fromAmsterdamInputs(v.date, v.endTime);
    if (!startsAt) ctx.addIssue({ code: "custom", path: ["date"], message: "fout.datumOngeldig" });
    if (!endsAt) ctx.addIssue({ code: "custom", path: ["endTime"], message: "fout.tijdOngeldig" });
    if (startsAt && endsAt && endsAt <= startsAt) {
      ctx.addIssue({ code: "custom", path: ["endTime"], message: "fout.eindVoorBegin" });
    }
    if (v.kind === "thema" && v.themaId === "") {
      ctx.addIssue({ code: "custom", path: ["themaId"], message: "fout.kiesThema" });
    }
    if (v.kind === "intervisie" && v.hostOrganisationId === "") {
      ctx.addIssue({
        code: "custom",
        path: ["hostOrganisationId"],
        message: "fout.kiesGastgemeente",
      });
    }
  })
  .transform((v) => ({
    kind: v.kind,
    title: v.title,
    description: v.description,
    themaId: v.themaId === "" ? null : v.themaId,
    hostOrganisationId:
      v.kind === "intervisie" && v.hostOrganisationId !== "" ? v.hostOrganisationId : null,
    leaderId: v.leaderId === "" ? null : v.leaderId,
    location: v.location,
    startsAt: fromAmsterdamInputs(v.date, v.startTime)!,
    endsAt: fromAmsterdamInputs(v.date, v.endTime)!,
    capacity: v.capacity === "" ? null : v.capacity,
    criticalFriendIds: v.kind === "intervisie" ? v.criticalFriendIds : [],
    alGehouden: v.alGehouden,
  }));

export type MeetingInput = z.output<typeof meetingFormSchema>;

export const agendapuntSchema = z.object({
  time: z
    .union([z.literal(""), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "fout.tijdOngeldig")])
    .default(""),
  title: requiredText(200),
  description: optionalText(2000),
});

export type AgendapuntInput = z.output<typeof agendapuntSchema>;

/** The forms of a meeting's page, one per intent. */
export const meetingIntents = z.discriminatedUnion(
  "intent",
  [
    z.object({
      intent: z.literal("rsvp"),
      response: z.enum(rsvpResponses, { error: "fout.kiesAntwoord" }),
    }),
    z.object({ intent: z.literal("agendapunt-toevoegen") }).extend(agendapuntSchema.shape),
    z.object({ intent: z.literal("agendapunt-verwijderen"), agendapuntId: idField }),
    z.object({
      intent: z.literal("agendapunt-verplaatsen"),
      agendapuntId: idField,
      direction: z.enum(["omhoog", "omlaag"]),
    }),
    z.object({
      intent: z.literal("leervraag-inplannen"),
      leervraagId: idField.or(z.literal("")).refine((v) => v !== "", "fout.kiesLeervraag"),
    }),
    z.object({ intent: z.literal("leervraag-uitplannen"), leervraagId: idField }),
    z.object({ intent: z.literal("annuleren"), reason: requiredText(500) }),
    z.object({ intent: z.literal("gehouden") }),
    z.object({ intent: z.literal("heractiveren") }),
    z.object({
      intent: z.literal("aanwezigheid"),
      present: z
        .union([idField, z.array(idField)])
        .optional()
        .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
    }),
  ],
  { error: "fout.ongeldig" },
);

/** What the page says after each of its forms succeeded. */
export const meetingDone = {
  rsvp: "bijeenkomst.rsvpOpgeslagen",
  "agendapunt-toevoegen": "bijeenkomst.agendapuntToegevoegd",
  "agendapunt-verwijderen": "bijeenkomst.agendapuntVerwijderd",
  "agendapunt-verplaatsen": "bijeenkomst.agendapuntVerplaatst",
  "leervraag-inplannen": "bijeenkomst.leervraagIngepland",
  "leervraag-uitplannen": "bijeenkomst.leervraagUitgepland",
  annuleren: "bijeenkomst.geannuleerdMelding",
  heractiveren: "bijeenkomst.heractiveerdMelding",
  gehouden: "bijeenkomst.gehoudenMelding",
  aanwezigheid: "bijeenkomst.aanwezigheidOpgeslagen",
} as const satisfies Record<string, MessageKey>;
