import { can } from "#app/auth/permissions.ts";
import {
  canCreateTraject,
  canEditTraject,
  canMoveTraject,
  isLocalPartner,
} from "#app/auth/rules/traject.ts";
import type { SessionUser } from "#app/auth/session.server.ts";
import { forbidden } from "#app/auth/user.server.ts";
import { tagErrors, tagsOf } from "#app/tags/tags.server.ts";
import { invalid } from "#app/utils/forms.ts";
import { checkTrajectReferences, parseTrajectForm, saveTraject } from "./trajecten.server.ts";

type Existing = {
  id: number;
  organisationId: number;
  aanvragerId: number | null;
  memberIds: number[];
};

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
  // A local partner's member does not change who asked: their own organisation, or as it was.
  if (isLocalPartner(user) && !can(user, "traject:gemeente-kiezen")) {
    input.aanvragerId = existing ? existing.aanvragerId : user.organisationId;
  }
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
