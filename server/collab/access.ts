import type { SessionUser } from "#app/auth/session.server.ts";
import type { Access } from "#shared/collab/protocol.ts";
import { essayRights, getEssayById } from "#app/essays/essays.server.ts";
import { notitiesAccess } from "#app/notities/access.server.ts";

// Which kinds of documents exist and who may open them: each kind of document name is resolved by
// its feature's own access rule. Essays are `essay:<id>`.

export type DocumentAccess = Access | "not-found" | "forbidden";

export function documentAccess(
  user: Pick<SessionUser, "role" | "organisationId" | "organisationKind" | "organisationCircle">,
  name: string,
): DocumentAccess {
  const notities = /^bijeenkomst:([1-9]\d{0,9}):notities$/.exec(name);
  if (notities) return notitiesAccess(user, Number(notities[1]));
  const essay = /^essay:([1-9]\d{0,9})$/.exec(name);
  if (essay) {
    const found = getEssayById(Number(essay[1]));
    if (!found) return "not-found";
    const rights = essayRights(user, found);
    return rights.edit ? "edit" : rights.readDraft ? "view" : "forbidden";
  }
  return "not-found";
}
