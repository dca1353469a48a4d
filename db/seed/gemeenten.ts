import { eq } from "drizzle-orm";
import type { DbOrTx } from "#db/client.ts";
import {
  organisations,
  tagKoppelingen,
  visieWijzigingen,
  type SocialeBasisBenadering,
} from "#db/schema.ts";
import { tagIds } from "./tags.ts";

// The municipalities' context and their view of the social basis in the demo. Illustrative: the
// seeds name the kinds of municipality in the trajectory (G40, "plattelandskenmerken", "een klein
// dorp in een krimpregio") but not which municipality is which, and give no views.

const CONTEXT: Record<string, string[]> = {
  hilversum: ["g40"],
  haarlem: ["g40", "grootstedelijk"],
  zaanstad: ["g40", "grootstedelijk"],
  "zuidwest-friesland": ["plattelandsgemeente"],
  leeuwarden: ["g40"],
  amersfoort: ["g40"],
  deventer: ["g40"],
  apeldoorn: ["g40", "plattelandsgemeente"],
  tilburg: ["g40", "grootstedelijk"],
  heerlen: ["g40", "krimpregio"],
  emmen: ["g40", "krimpregio"],
};

type View = { opvatting: "smal" | "breed"; benaderingen: SocialeBasisBenadering[] };

/** Each municipality's views, oldest first: the last one is what its page shows now. */
const VIEWS: Record<string, View[]> = {
  hilversum: [
    { opvatting: "smal", benaderingen: ["halfdelijn"] },
    { opvatting: "breed", benaderingen: ["halfdelijn", "basisfunctioneel"] },
  ],
  "zuidwest-friesland": [{ opvatting: "smal", benaderingen: ["non-institutioneel"] }],
};

/**
 * Context tags and views of the social basis. A view is recorded at `start` (the start meeting)
 * and, when it changed, at `changedAt`, by the municipality's first demo person (`memberOf`).
 */
export function seedDemoGemeenten(
  tx: DbOrTx,
  input: {
    orgId: ReadonlyMap<string, number>;
    memberOf: (slug: string) => number | null;
    start: Date;
    changedAt: Date;
  },
): void {
  for (const [slug, context] of Object.entries(CONTEXT)) {
    const organisationId = input.orgId.get(slug)!;
    for (const tagId of tagIds(tx, "context", context)) {
      tx.insert(tagKoppelingen).values({ tagId, ownerKind: "gemeente", organisationId }).run();
    }
  }
  for (const [slug, views] of Object.entries(VIEWS)) {
    const organisationId = input.orgId.get(slug)!;
    views.forEach((view, i) =>
      tx
        .insert(visieWijzigingen)
        .values({
          organisationId,
          ...view,
          changedById: input.memberOf(slug),
          changedAt: i === 0 ? input.start : input.changedAt,
        })
        .run(),
    );
    const now = views.at(-1)!;
    tx.update(organisations)
      .set({ socialeBasisOpvatting: now.opvatting, socialeBasisBenaderingen: now.benaderingen })
      .where(eq(organisations.id, organisationId))
      .run();
  }
}
