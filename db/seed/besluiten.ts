import { eq } from "drizzle-orm";
import type { DbOrTx } from "#db/client.ts";
import { besluitOpties, besluiten, besluitStemmen } from "#db/schema.ts";

// The demo's decisions: the fifth theme, proposed at the start meeting and voted on by the first
// circle, adopted by the project leaders; and one open proposal that both circles vote on. Every
// time comes from the caller (the demo's fixed clock), never from today.

type Ids = {
  themaId: number;
  leaderId: number;
  user: (email: string) => number;
  org: (slug: string) => number;
};

export function seedDemoBesluiten(
  tx: DbOrTx,
  ids: Ids,
  times: { proposed: Date; deadline: Date; decided: Date; openProposed: Date; openDeadline: Date },
) {
  const theme = tx
    .insert(besluiten)
    .values({
      title: "Vijfde thema: burgers bereiken die we nu niet bereiken",
      description:
        "Verschillende gemeenten vroegen: hoe bereiken we de burgers die we nu niet bereiken, maar die wel baat kunnen hebben van beschikbare voorzieningen en diensten? Wordt dit een vijfde thema, met een eigen themabijeenkomst van Movisie en de Werkplaatsen?",
      themaId: ids.themaId,
      kiezers: "eerste-kring",
      uitslag: "na-stemmen",
      deadline: times.deadline,
      createdById: ids.leaderId,
      createdAt: times.proposed,
      decidedAt: times.decided,
      decidedById: ids.leaderId,
      reasons:
        "Een ruime meerderheid van de eerste leerkring wil dit thema, en het sluit aan bij ‘inwoners betrekken’. Movisie en de Werkplaatsen organiseren er een aparte themabijeenkomst over.",
    })
    .returning({ id: besluiten.id })
    .get();
  const [adopt, reject] = tx
    .insert(besluitOpties)
    .values([
      { besluitId: theme.id, label: "", position: 0, themaStatus: "gekozen" as const },
      { besluitId: theme.id, label: "", position: 1, themaStatus: "afgewezen" as const },
    ])
    .returning({ id: besluitOpties.id })
    .all();
  const votes: [string, string, number][] = [
    ["hilversum", "daan.smit@leerkring.test", adopt!.id],
    ["haarlem", "fatima.ouali@leerkring.test", adopt!.id],
    ["amstelveen", "iris.vanleeuwen@leerkring.test", adopt!.id],
    ["zuidwest-friesland", "sjoerd.devries@leerkring.test", reject!.id],
    ["amersfoort", "anouk.peters@leerkring.test", adopt!.id],
  ];
  tx.insert(besluitStemmen)
    .values(
      votes.map(([gemeente, email, optionId], i) => ({
        besluitId: theme.id,
        optionId,
        voter: `gemeente:${ids.org(gemeente)}`,
        organisationId: ids.org(gemeente),
        castById: ids.user(email),
        createdAt: new Date(times.proposed.getTime() + (i + 1) * 86_400_000),
      })),
    )
    .run();
  tx.update(besluiten).set({ decidedOptionId: adopt!.id }).where(eq(besluiten.id, theme.id)).run();

  const open = tx
    .insert(besluiten)
    .values({
      title: "Werkvorm van de slotbijeenkomst",
      description:
        "Hoe sluiten we het leerjaar af? Kies de werkvorm die jouw gemeente het meest oplevert.",
      kiezers: "beide-kringen",
      uitslag: "na-deadline",
      deadline: times.openDeadline,
      createdById: ids.leaderId,
      createdAt: times.openProposed,
    })
    .returning({ id: besluiten.id })
    .get();
  const options = tx
    .insert(besluitOpties)
    .values(
      [
        "Een markt van praktijkvoorbeelden",
        "Een conferentie met sprekers",
        "Een werkbezoek in een wijk",
      ].map((label, position) => ({ besluitId: open.id, label, position })),
    )
    .returning({ id: besluitOpties.id })
    .all();
  tx.insert(besluitStemmen)
    .values({
      besluitId: open.id,
      optionId: options[0]!.id,
      voter: `gemeente:${ids.org("haarlem")}`,
      organisationId: ids.org("haarlem"),
      castById: ids.user("thomas.mulder@leerkring.test"),
      createdAt: times.openProposed,
    })
    .run();
}
