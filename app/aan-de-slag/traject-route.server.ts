import { canEditTraject } from "#app/auth/permissions.ts";
import type { SessionUser } from "#app/auth/session.server.ts";
import { forbidden } from "#app/auth/user.server.ts";
import { belongsToMunicipality } from "#app/leervragen/leervragen.server.ts";
import { invalid } from "#app/utils/forms.ts";
import { checkTrajectReferences, parseTrajectForm, saveTraject } from "./trajecten.server.ts";

type Existing = { id: number; organisationId: number; memberIds: number[] };

/**
 * Creating and editing casework share this: parse, check references and who may do it, save.
 * Returns the saved id, or the 400 answer to show.
 */
export function submitTraject(user: SessionUser, formData: FormData, existing?: Existing) {
  const { submission, partners } = parseTrajectForm(formData);
  if (submission.status !== "success") return { response: invalid(submission) };
  if (!partners)
    return { response: invalid(submission, { fields: { partners: { key: "fout.ongeldig" } } }) };
  const input = { ...submission.value, partners };
  const errors = checkTrajectReferences(input);
  if (Object.keys(errors).length) return { response: invalid(submission, { fields: errors }) };
  if (existing) {
    // Whoever may edit it may not move it to another municipality, unless a project leader.
    const moved = input.organisationId !== existing.organisationId && user.role !== "projectleider";
    if (!canEditTraject(user, existing) || moved) throw forbidden();
  } else if (user.role === "deelnemer") {
    // A member starts casework for their own municipality only.
    if (input.organisationId !== user.organisationId || !belongsToMunicipality(user.organisationId))
      throw forbidden();
  }
  return { id: saveTraject(input, user, existing?.id) };
}
