import type { SessionUser } from "#app/auth/session.server.ts";
import type { DocumentKind } from "#server/collab/index.ts";
import { notitiesDocumentAccess } from "./notities.server.ts";

/** The live notes of a meeting, `bijeenkomst:<id>:notities`. */
export const notitiesDocumentKind: DocumentKind<SessionUser> = {
  pattern: /^bijeenkomst:([1-9]\d{0,9}):notities$/,
  access: (user, id) => notitiesDocumentAccess(user, id),
};
