import { z } from "zod";
import { idField } from "#app/utils/fields.ts";

// The "vermeld" field of a comment form, checked alike in the browser and in the action: the ids
// ticked in its checkbox group (none, one or more). Whether each may be mentioned is the server's
// check (mentions.server.ts).

/** Most people one comment mentions. */
export const MAX_MENTIONS = 20;

export const mentionsField = z
  .union([idField, z.array(idField)], { error: "fout.ongeldig" })
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
  .refine((v) => v.length <= MAX_MENTIONS, "fout.ongeldig");
