import { z } from "zod";
import { idField } from "#app/utils/fields.ts";
import { bestuursstijlSlugs } from "#db/sociale-kwaliteit.ts";

/** The filters of /interventies, a GET form read from the URL: nonsense counts as no filter. */
export const interventieFilterSchema = z.object({
  gemeente: idField.optional().catch(undefined),
  wijk: idField.optional().catch(undefined),
  stijl: z.enum(bestuursstijlSlugs).optional().catch(undefined),
  tag: idField.optional().catch(undefined),
});
