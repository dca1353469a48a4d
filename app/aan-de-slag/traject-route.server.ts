import { canCreateTraject, canEditTraject, canMoveTraject } from "#app/auth/rules/traject.ts";
import type { SessionUser } from "#app/auth/session.server.ts";
import { forbidden } from "#app/auth/user.server.ts";
import { tagErrors, tagsOf } from "#app/tags/tags.server.ts";
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
  const errors = {
    ...checkTrajectReferences(input),
    ...(tagErrors(input, existing ? tagsOf("traject", existing.id) : []) ?? {}),
  };
  if (Object.keys(errors).length) return { response: invalid(submission, { fields: errors }) };
  if (existing) {
    const moved = input.organisationId !== existing.organisationId;
    if (!canEditTraject(user, existing) || (moved && !canMoveTraject(user, existing)))
      throw forbidden();
  } else if (!canCreateTraject(user, input)) {
    throw forbidden();
  }
  return { id: saveTraject(input, user, existing?.id) };
}
