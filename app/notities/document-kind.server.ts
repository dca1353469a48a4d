import type { Logger } from "pino";
import type { SessionUser } from "#app/auth/session.server.ts";
import { notifyMentions } from "#app/vermeldingen/vermeldingen.server.ts";
import type { DocumentKind } from "#server/collab/index.ts";
import { getMeetingForNotes, notitiesDocumentAccess } from "./notities.server.ts";

/** The live notes of a meeting, `bijeenkomst:<id>:notities`. */
export function notitiesDocumentKind(log: Logger): DocumentKind<SessionUser> {
  return {
    pattern: /^bijeenkomst:([1-9]\d{0,9}):notities$/,
    access: (user, id) => notitiesDocumentAccess(user, id),
    onChange(id, change) {
      const meeting = getMeetingForNotes(id);
      if (!meeting) return;
      notifyMentions(
        {
          documentName: `bijeenkomst:${id}:notities`,
          title: meeting.title,
          link: `/bijeenkomsten/${id}/notities`,
          mayRead: (user) => ["edit", "view"].includes(notitiesDocumentAccess(user, id)),
        },
        change,
        log,
      );
    },
  };
}
