import type { SessionUser } from "#app/auth/session.server.ts";
import type { Access } from "#app/collab/protocol.ts";
import { notitiesAccess } from "#app/notities/access.server.ts";

// Which kinds of documents exist and who may open them: each kind of document name is resolved by
// its feature's own access rule. Essays will add `essay:<id>` here.

export type DocumentAccess = Access | "not-found" | "forbidden";

export function documentAccess(
  user: Pick<SessionUser, "role" | "organisationId">,
  name: string,
): DocumentAccess {
  const notities = /^bijeenkomst:([1-9]\d{0,9}):notities$/.exec(name);
  if (notities) return notitiesAccess(user, Number(notities[1]));
  return "not-found";
}
