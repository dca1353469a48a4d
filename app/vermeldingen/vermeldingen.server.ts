import { and, eq, inArray, ne, sql } from "drizzle-orm";
import type { Logger } from "pino";
import { getDb } from "#db/client.ts";
import { organisations, users } from "#db/schema.ts";
import type { SessionUser } from "#app/auth/session.server.ts";
import { notify, type News } from "#app/notifications/notify.server.tsx";
import type { StoredChange } from "#server/collab/index.ts";
import { mentionedIds } from "#shared/editor/extensions.ts";

// @mentions in co-edited documents. Who may be mentioned is who may read the document, asked of
// the document kind's own access rule: the suggestion list offers nobody else, and a mention of
// someone else (typed by hand into the shared document) is not delivered: it is logged, and those
// who wrote are told that it was refused and why. A person hears of
// a mention once per document, when the engine has stored the text that holds it.

/** At most this many people in the suggestion list. */
export const MAX_SUGGESTIONS = 8;

const person = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  organisationId: users.organisationId,
  locale: users.locale,
  organisationKind: organisations.kind,
  organisationCircle: organisations.circle,
};

function activePeople(where: ReturnType<typeof and>): SessionUser[] {
  return getDb()
    .select(person)
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(users.active, true), where))
    .orderBy(users.name)
    .all();
}

/** People (other than the asker) whose name holds `query` and who may read the document. */
export function mentionCandidates(
  asker: Pick<SessionUser, "id">,
  query: string,
  mayRead: (user: SessionUser) => boolean,
): { id: number; name: string }[] {
  const pattern = `%${query.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const found: { id: number; name: string }[] = [];
  const rows = activePeople(
    and(ne(users.id, asker.id), sql`${users.name} LIKE ${pattern} ESCAPE '\\'`),
  );
  for (const row of rows) {
    if (!mayRead(row)) continue;
    found.push({ id: row.id, name: row.name });
    if (found.length >= MAX_SUGGESTIONS) break;
  }
  return found;
}

/** A document as the notification about a mention in it names it. */
export type MentionedIn = {
  /** The engine's name of the document, e.g. `essay:3`: part of the once-only key. */
  documentName: string;
  title: string;
  /** Where the mentioned person reads it. */
  link: string;
  /** The document kind's access rule: may this person read the document? */
  mayRead(user: SessionUser): boolean;
};

/**
 * Notifies each person the stored text mentions, once per document and person, if they may read
 * the document. Whoever wrote in this stretch is named as the one who mentioned; a person who
 * wrote in it themselves is not told (their once is used up, so nobody is told of it later).
 * Returns how many were notified.
 */
export function notifyMentions(document: MentionedIn, change: StoredChange, log: Logger): number {
  const ids = mentionedIds(change.rendered.json);
  if (!ids.length) return 0;
  const mentioned = activePeople(inArray(users.id, ids));
  const editorIds = new Set(change.editors);
  const editors = change.editors.length ? activePeople(inArray(users.id, change.editors)) : [];
  const wie = editors.map((e) => e.name).join(", ");
  let notified = 0;
  getDb().transaction((tx) => {
    for (const recipient of mentioned) {
      const once = `vermelding:${document.documentName}:${recipient.id}`;
      if (editorIds.has(recipient.id)) {
        notify(tx, [], { ...news(document, wie), once }); // uses the once only
        continue;
      }
      if (!document.mayRead(recipient)) {
        log.info(
          { document: document.documentName, userId: recipient.id },
          "mention refused: this person may not read the document",
        );
        // Those who wrote hear that it was not delivered, and why (once per person named).
        notify(tx, editors, {
          category: "vermeldingen",
          kind: "vermeldingen.melding.geweigerd",
          params: { naam: recipient.name, document: document.title },
          link: document.link,
          once: `vermelding-geweigerd:${document.documentName}:${recipient.id}`,
        });
        continue;
      }
      notified += notify(tx, [recipient], { ...news(document, wie), once });
    }
  });
  return notified;
}

function news(document: MentionedIn, wie: string): Omit<News, "once"> {
  return {
    category: "vermeldingen" as const,
    kind: wie
      ? ("vermeldingen.melding.genoemd" as const)
      : ("vermeldingen.melding.genoemdDoorIemand" as const),
    params: { wie, document: document.title },
    link: document.link,
  };
}
