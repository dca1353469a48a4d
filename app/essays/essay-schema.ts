import { z } from "zod";
import { mentionsField } from "#app/notifications/mention-field.ts";
import { tagFields } from "#app/tags/tag-schema.ts";
import { idField, optionalText, requiredText } from "#app/utils/fields.ts";

// The forms of the essay writing page, checked alike in the browser and in the action.

export const essayMetaSchema = z.object({
  title: requiredText(200),
  summary: optionalText(1200),
  themaId: z
    .union([z.literal(""), idField])
    .default("")
    .transform((v) => (v === "" ? null : v)),
  authorIds: z
    .union([idField, z.array(idField)], { error: "fout.ongeldig" })
    .optional()
    .transform((v) => (v === undefined ? [] : [...new Set(Array.isArray(v) ? v : [v])])),
  ...tagFields,
});

export type EssayMetaInput = z.output<typeof essayMetaSchema>;

export const commentSchema = z.object({
  body: requiredText(4000),
  passage: optionalText(1000),
  vermeld: mentionsField,
});

export type CommentInput = z.output<typeof commentSchema>;

export const essayIntents = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("gegevens") }).extend(essayMetaSchema.shape),
    z.object({ intent: z.literal("review-aanvragen") }),
    z.object({ intent: z.literal("terug-naar-concept") }),
    z.object({ intent: z.literal("publiceren") }),
    z.object({ intent: z.literal("opmerking") }).extend(commentSchema.shape),
    z.object({ intent: z.literal("opmerking-afhandelen"), commentId: idField }),
  ],
  { error: "fout.ongeldig" },
);
