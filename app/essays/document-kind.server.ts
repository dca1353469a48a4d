import { canEditEssay, canReadEssayDraft } from "#app/auth/rules/essay.ts";
import type { SessionUser } from "#app/auth/session.server.ts";
import type { DocumentKind } from "#server/collab/index.ts";
import { getEssayById } from "./essays.server.ts";

/** The draft of an essay, `essay:<id>`: its authors write, reviewers and editors read along. */
export const essayDocumentKind: DocumentKind<SessionUser> = {
  pattern: /^essay:([1-9]\d{0,9})$/,
  access(user, id) {
    const found = getEssayById(id);
    if (!found) return "not-found";
    if (canEditEssay(user)) return "edit";
    return canReadEssayDraft(user, found) ? "view" : "forbidden";
  },
};
