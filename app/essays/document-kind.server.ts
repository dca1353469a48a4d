import type { SessionUser } from "#app/auth/session.server.ts";
import type { DocumentKind } from "#server/collab/index.ts";
import { essayRights, getEssayById } from "./essays.server.ts";

/** The draft of an essay, `essay:<id>`: its authors write, reviewers and editors read along. */
export const essayDocumentKind: DocumentKind<SessionUser> = {
  pattern: /^essay:([1-9]\d{0,9})$/,
  access(user, id) {
    const found = getEssayById(id);
    if (!found) return "not-found";
    const rights = essayRights(user, found);
    return rights.edit ? "edit" : rights.readDraft ? "view" : "forbidden";
  },
};
