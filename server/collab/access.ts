import { canEditEssay, canReadEssayDraft } from "#app/auth/rules/essay.ts";
import type { SessionUser } from "#app/auth/session.server.ts";
import type { Access } from "#app/collab/protocol.ts";
import { getEssayById } from "#app/essays/essays.server.ts";
import { notitiesDocumentAccess } from "#app/notities/notities.server.ts";

// Which kinds of documents exist and who may open them: each kind of document name is resolved by
// its rules in app/auth/rules/, over what its feature loads. Essays are `essay:<id>`.

export type DocumentAccess = Access | "not-found" | "forbidden";

export function documentAccess(
  user: Pick<SessionUser, "role" | "organisationId" | "organisationKind" | "organisationCircle">,
  name: string,
): DocumentAccess {
  const notities = /^bijeenkomst:([1-9]\d{0,9}):notities$/.exec(name);
  if (notities) return notitiesDocumentAccess(user, Number(notities[1]));
  const essay = /^essay:([1-9]\d{0,9})$/.exec(name);
  if (essay) {
    const found = getEssayById(Number(essay[1]));
    if (!found) return "not-found";
    if (canEditEssay(user)) return "edit";
    return canReadEssayDraft(user, found) ? "view" : "forbidden";
  }
  return "not-found";
}
