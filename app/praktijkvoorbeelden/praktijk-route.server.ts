import { getAuth, notFound } from "#app/auth/user.server.ts";
import type { Actor } from "#app/auth/rules/actor.ts";
import { canReadPraktijkvoorbeeld } from "#app/auth/rules/praktijkvoorbeeld.ts";
import { invalid, parseSubmission } from "#app/utils/forms.ts";
import { praktijkvoorbeeldSchema } from "./praktijkvoorbeeld-schema.ts";
import {
  asResource,
  checkPraktijkReferences,
  getPraktijkvoorbeeld,
  praktijkFormOptions,
  savePraktijkvoorbeeld,
  type PraktijkvoorbeeldRow,
} from "./praktijkvoorbeelden.server.ts";

/**
 * Writing a new example and changing one share this: parse, check what it refers to (the
 * municipality the person may write about included), save. Returns the slug, or the 400 answer.
 */
export function submitPraktijkvoorbeeld(
  viewer: Actor,
  formData: FormData,
  existing?: PraktijkvoorbeeldRow,
) {
  const submission = parseSubmission(formData, praktijkvoorbeeldSchema);
  if (submission.status !== "success") return { response: invalid(submission) };
  const errors = checkPraktijkReferences(viewer, submission.value, praktijkFormOptions(viewer));
  if (Object.keys(errors).length) return { response: invalid(submission, { fields: errors }) };
  return { slug: savePraktijkvoorbeeld(submission.value, viewer.id, existing) };
}

/**
 * The example a URL names, for whoever may read it (a concept only for its writers): otherwise
 * 404, so a concept is not even confirmed to exist.
 */
export function requireReadable(request: Request, slug: string | undefined) {
  const viewer = getAuth(request)?.user ?? null;
  const row = slug ? getPraktijkvoorbeeld(slug) : null;
  if (!row || !canReadPraktijkvoorbeeld(viewer, asResource(row))) throw notFound();
  return { viewer, row };
}

/** The form's values of an example, or of a new one (from the follow-up page's link). */
export function praktijkValues(
  row: PraktijkvoorbeeldRow | null,
  fresh: { organisationId: number | null; themaId: string | null; bijeenkomstId: string | null },
): Record<string, string> {
  if (row) {
    return {
      organisationId: String(row.organisationId),
      themaId: String(row.themaId),
      bijeenkomstId: row.bijeenkomstId ? String(row.bijeenkomstId) : "",
      trajectId: row.trajectId ? String(row.trajectId) : "",
      title: row.title,
      summary: row.summary,
      body: row.body,
    };
  }
  return {
    organisationId: fresh.organisationId ? String(fresh.organisationId) : "",
    themaId: fresh.themaId ?? "",
    bijeenkomstId: fresh.bijeenkomstId ?? "",
  };
}
