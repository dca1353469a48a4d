import type { Logger } from "pino";
import { canEditEssay, canReadEssayDraft } from "#app/auth/rules/essay.ts";
import type { SessionUser } from "#app/auth/session.server.ts";
import { notifyMentions } from "#app/vermeldingen/vermeldingen.server.ts";
import type { DocumentAccess, DocumentKind } from "#server/collab/index.ts";
import { getEssayById } from "./essays.server.ts";

function essayAccess(user: SessionUser, id: number): DocumentAccess {
  const found = getEssayById(id);
  if (!found) return "not-found";
  if (canEditEssay(user)) return "edit";
  return canReadEssayDraft(user, found) ? "view" : "forbidden";
}

/** The draft of an essay, `essay:<id>`: its authors write, reviewers and editors read along. */
export function essayDocumentKind(log: Logger): DocumentKind<SessionUser> {
  return {
    pattern: /^essay:([1-9]\d{0,9})$/,
    access: essayAccess,
    onChange(id, change) {
      const essay = getEssayById(id);
      if (!essay) return;
      notifyMentions(
        {
          documentName: `essay:${id}`,
          title: essay.title,
          link: `/essays/${essay.slug}/schrijven`,
          mayRead: (user) => ["edit", "view"].includes(essayAccess(user, id)),
        },
        change,
        log,
      );
    },
  };
}
