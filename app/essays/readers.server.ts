import { eq } from "drizzle-orm";
import { canEditEssay, canReadEssayDraft, type EssayResource } from "#app/auth/rules/essay.ts";
import type { DbOrTx } from "#db/client.ts";
import { essayAuteurs } from "#db/schema.ts";
import {
  activePeople,
  activePeopleByIds,
  type Person,
} from "#app/notifications/recipients.server.ts";

// Who may read an essay's draft, by the rules in app/auth/rules/essay.ts: whom its news reaches
// and whom a comment — or the co-edited draft itself — can mention.

/** Every active account that may read the draft now. */
export function essayDraftReaders(tx: DbOrTx, essay: EssayResource): Person[] {
  return activePeople(tx).filter((p) => canReadEssayDraft(p, essay));
}

/** The reviewers: who reads the draft because it is in review, not because they write it. */
export function essayReviewers(tx: DbOrTx, essay: EssayResource): Person[] {
  return essayDraftReaders(tx, { ...essay, status: "review" }).filter((p) => !canEditEssay(p));
}

/** The essay's authors who may read its draft. */
export function essayAuthors(tx: DbOrTx, essayId: number, essay: EssayResource): Person[] {
  const ids = tx
    .select({ userId: essayAuteurs.userId })
    .from(essayAuteurs)
    .where(eq(essayAuteurs.essayId, essayId))
    .all()
    .map((r) => r.userId);
  return activePeopleByIds(tx, ids).filter((p) => canReadEssayDraft(p, essay));
}

/** Everyone reads a published essay (app/auth/rules/essay.ts): every active account hears of it. */
export function publishedEssayReaders(tx: DbOrTx): Person[] {
  return activePeople(tx);
}
