import { z } from "zod";
import { ids, parseId, singleLineText } from "#app/utils/fields.ts";
import { tagFamilies, type TagFamily } from "#db/tags.ts";

// The tag fields of a record's form (one fieldset per family) and the catalogue page's forms
// (/tags), checked alike in the browser and in the action.

/** The form field of each family's fieldset. */
export const tagFieldNames = {
  opgave: "tagsOpgave",
  beleidsveld: "tagsBeleidsveld",
  context: "tagsContext",
} as const satisfies Record<TagFamily, string>;

/** Spread into a record's form schema: the ticked tag ids per family. */
export const tagFields = {
  tagsOpgave: ids,
  tagsBeleidsveld: ids,
  tagsContext: ids,
};

export type TagFieldName = (typeof tagFieldNames)[TagFamily];
export type TagInput = Record<TagFieldName, number[]>;

export const tagFormSchema = z.object({
  intent: z.literal("toevoegen"),
  family: z.enum(tagFamilies, { error: "tag.fout.kiesFamilie" }),
  name: singleLineText(60),
});

/** The tag a row button acts on; one that cannot be found (null) is answered with 404. */
const rowTag = z
  .string()
  .optional()
  .transform((v) => parseId(v));

export const tagActionSchema = z.discriminatedUnion("intent", [
  tagFormSchema,
  z.object({ intent: z.literal("intrekken"), tagId: rowTag }),
  z.object({ intent: z.literal("terugzetten"), tagId: rowTag }),
]);
