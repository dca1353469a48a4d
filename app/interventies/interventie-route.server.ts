import { eq } from "drizzle-orm";
import { getDb } from "#db/client.ts";
import { organisations } from "#db/schema.ts";
import type { Actor } from "#app/auth/rules/actor.ts";
import { canWriteInterventie } from "#app/auth/rules/interventie.ts";
import { forbidden } from "#app/auth/user.server.ts";
import { tagErrors, tagsOf } from "#app/tags/tags.server.ts";
import { invalid, parseSubmission } from "#app/utils/forms.ts";
import { interventieSchema } from "./interventie-schema.ts";
import {
  checkInterventieReferences,
  interventieFormOptions,
  saveInterventie,
  type InterventieRow,
} from "./interventies.server.ts";

/**
 * Recording and changing an intervention share this: parse, ask the rule for the municipality it
 * is for, check what it refers to, save. Returns the saved id, or the 400 answer to show.
 */
export function submitInterventie(viewer: Actor, formData: FormData, existing?: InterventieRow) {
  const submission = parseSubmission(formData, interventieSchema);
  if (submission.status !== "success") return { response: invalid(submission) };
  const input = submission.value;
  const gemeente = getDb()
    .select({ organisationId: organisations.id, organisationKind: organisations.kind })
    .from(organisations)
    .where(eq(organisations.id, input.organisationId))
    .get();
  if (!gemeente) {
    return {
      response: invalid(submission, { fields: { organisationId: { key: "fout.ongeldig" } } }),
    };
  }
  if (!canWriteInterventie(viewer, gemeente)) throw forbidden();
  const options = interventieFormOptions(viewer, existing);
  const errors = {
    ...checkInterventieReferences(input, options),
    ...(tagErrors(input, existing ? tagsOf("interventie", existing.id) : []) ?? {}),
  };
  if (Object.keys(errors).length) return { response: invalid(submission, { fields: errors }) };
  return { id: saveInterventie(input, viewer.id, existing?.id) };
}
