import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "#db/client.ts";
import {
  leervragen,
  trajecten,
  uitdagingen,
  uitdagingHerkenningen,
  wijkNaamwijzigingen,
} from "#db/schema.ts";
import type { ActorSlug } from "#db/sociale-basis-actoren.ts";
import { demoWijk } from "./monitor.ts";

// Demo neighbourhoods and recognised challenges of Schema C. Illustrative: the seeds name no
// neighbourhoods of the municipalities, nor which challenges they recognise. The names are real
// districts of these municipalities, chosen for recognisability; the notes are made up. Runs after
// seedDemoWijkmetingen, which makes the records of the assessed neighbourhoods.

const WIJKEN: Record<string, { wijk: string; buurten?: string[] }[]> = {
  hilversum: [
    { wijk: "Hilversum-Oost" },
    { wijk: "Kerkelanden" },
    { wijk: "Hilversum-Zuid" },
    { wijk: "Over 't Spoor" },
  ],
  haarlem: [
    { wijk: "Schalkwijk", buurten: ["Boerhaavewijk", "Meerwijk"] },
    { wijk: "Haarlem-Noord" },
  ],
  amstelveen: [{ wijk: "Amstelveen-Noord" }, { wijk: "Westwijk" }],
  amersfoort: [{ wijk: "Vathorst" }],
};

/** Recognised challenges (by code), some for the actor Schema C names, one for another. */
const HERKENNINGEN: {
  gemeente: string;
  wijk: string;
  code: string;
  actor?: ActorSlug;
  note: string;
}[] = [
  {
    gemeente: "hilversum",
    wijk: "Hilversum-Oost",
    code: "UA05",
    note: "De wijkagenda is nog dezelfde als die voor de hele stad.",
  },
  {
    gemeente: "hilversum",
    wijk: "Hilversum-Oost",
    code: "UB01",
    note: "Op de bewonersavond kwamen vooral de bekende gezichten.",
  },
  {
    gemeente: "haarlem",
    wijk: "Schalkwijk",
    code: "UA05",
    note: "Boerhaavewijk en Meerwijk vragen elk iets anders.",
  },
  {
    gemeente: "haarlem",
    wijk: "Schalkwijk",
    code: "UW02",
    note: "Bewonersinitiatieven lopen vast tussen drie loketten.",
  },
  {
    gemeente: "amstelveen",
    wijk: "Amstelveen-Noord",
    code: "UA05",
    note: "",
  },
  {
    gemeente: "amstelveen",
    wijk: "Amstelveen-Noord",
    code: "UP05",
    // Recognised for the civil servants too, not only for the professionals Schema C names.
    actor: "ambtenaren",
    note: "Ook wij zien de inwoners die niet goed in beeld zijn te weinig.",
  },
];

export function seedDemoWijken(
  tx: DbOrTx,
  ctx: { orgId: Map<string, number>; userId: Map<string, number>; now: Date },
) {
  const wijkId = new Map<string, number>();
  for (const [slug, list] of Object.entries(WIJKEN)) {
    const organisationId = ctx.orgId.get(slug)!;
    for (const { wijk, buurten = [] } of list) {
      const id = demoWijk(tx, organisationId, wijk);
      wijkId.set(`${slug}/${wijk}`, id);
      for (const buurt of buurten) demoWijk(tx, organisationId, buurt, id);
    }
  }
  // Renamed once, so the history shows: Over 't Spoor was first written without its apostrophe.
  tx.insert(wijkNaamwijzigingen)
    .values({
      wijkId: wijkId.get("hilversum/Over 't Spoor")!,
      oldName: "Over het Spoor",
      newName: "Over 't Spoor",
      changedById: ctx.userId.get("daan.smit@leerkring.test") ?? null,
      changedAt: new Date(ctx.now.getTime() - 30 * 24 * 3600 * 1000),
    })
    .run();

  const codes = new Map(
    tx
      .select({ id: uitdagingen.id, code: uitdagingen.code, actorId: uitdagingen.actorId })
      .from(uitdagingen)
      .all()
      .map((u) => [u.code, u]),
  );
  const actorOf: Record<string, ActorSlug> = {
    B: "bestuur",
    A: "ambtenaren",
    W: "buurtmakers",
    P: "professionals",
    V: "vrijwilligers",
  };
  for (const h of HERKENNINGEN) {
    tx.insert(uitdagingHerkenningen)
      .values({
        wijkId: wijkId.get(`${h.gemeente}/${h.wijk}`)!,
        uitdagingId: codes.get(h.code)!.id,
        actor: h.actor ?? actorOf[h.code[1]!]!,
        note: h.note,
      })
      .run();
  }

  // The Schalkwijk question and casework are about Schalkwijk.
  const schalkwijk = wijkId.get("haarlem/Schalkwijk")!;
  tx.update(leervragen)
    .set({ wijkId: schalkwijk })
    .where(
      and(
        eq(leervragen.organisationId, ctx.orgId.get("haarlem")!),
        eq(leervragen.title, "Wat levert de sociale basis in Schalkwijk op?"),
      ),
    )
    .run();
  tx.update(trajecten)
    .set({ wijkId: schalkwijk })
    .where(eq(trajecten.title, "Resultaten zichtbaar maken in Schalkwijk"))
    .run();
  tx.update(trajecten)
    .set({ wijkId: wijkId.get("hilversum/Hilversum-Oost")! })
    .where(eq(trajecten.title, "Samen sterker in Hilversum-Oost"))
    .run();
}
