import { eq } from "drizzle-orm";
import type { DbOrTx } from "#db/client.ts";
import { deelnames, essays, oogstAntwoorden, vervolgacties } from "#db/schema.ts";

// The demo's follow-up of the start meeting: who came, three attendees' harvest and two action
// items. The seeds say that Movisie and the Werkplaatsen gather what was learnt after each theme
// meeting; what these people answered is illustrative ("illustratief"), written for the demo.
// Every time comes from the caller (the demo's fixed clock), never from today.

const ATTENDEES = [
  "deelnemer@leerkring.test",
  "fatima.ouali@leerkring.test",
  "iris.vanleeuwen@leerkring.test",
  "sjoerd.devries@leerkring.test",
  "anouk.peters@leerkring.test",
  "medewerker@leerkring.test",
  "noor.deboer@leerkring.test",
];

const HARVEST = [
  {
    email: "deelnemer@leerkring.test",
    geleerd:
      "Dat andere gemeenten met dezelfde vraag worstelen: hoe laat je zien wat de sociale basis oplevert? (illustratief)",
    proberen: "Met onze welzijnsinstelling twee wijken kiezen om samen te volgen.",
    vraag: "Hoe betrekken we de raad zonder dat het een afrekenlijst wordt?",
  },
  {
    email: "fatima.ouali@leerkring.test",
    geleerd:
      "Vertrouwen tussen gemeente en initiatieven groeit door samen te doen, niet door convenanten. (illustratief)",
    proberen: "Een wijktafel waar bewoners de agenda maken.",
    vraag: "",
  },
  {
    email: "sjoerd.devries@leerkring.test",
    geleerd:
      "Dat de Werkplaats ook in onze regio kan meekijken als critical friend. (illustratief)",
    proberen: "",
    vraag: "Hoe bereiken we de inwoners die we nu niet bereiken?",
  },
];

export function seedDemoOpvolging(
  tx: DbOrTx,
  ids: { bijeenkomstId: number; leaderId: number; user: (email: string) => number },
  times: {
    responded: Date;
    answered: Date;
    essayDue: string;
    actionDone: { due: string; at: Date };
    actionOpen: string;
  },
): void {
  // The municipalities' people are already recorded as present (the season's attendance in
  // demo.ts); the staff who came are added.
  for (const email of ATTENDEES) {
    tx.insert(deelnames)
      .values({
        bijeenkomstId: ids.bijeenkomstId,
        userId: ids.user(email),
        response: "ja",
        respondedAt: times.responded,
        attended: true,
      })
      .onConflictDoNothing()
      .run();
  }
  for (const { email, ...answer } of HARVEST) {
    tx.insert(oogstAntwoorden)
      .values({
        bijeenkomstId: ids.bijeenkomstId,
        userId: ids.user(email),
        ...answer,
        createdAt: times.answered,
        updatedAt: times.answered,
      })
      .run();
  }
  tx.update(essays)
    .set({ dueDate: times.essayDue })
    .where(eq(essays.bijeenkomstId, ids.bijeenkomstId))
    .run();
  tx.insert(vervolgacties)
    .values([
      {
        bijeenkomstId: ids.bijeenkomstId,
        text: "De keuze van de vier thema's delen met alle gemeenten van de tweede leerkring",
        ownerId: ids.user("medewerker@leerkring.test"),
        dueDate: times.actionDone.due,
        doneAt: times.actionDone.at,
        createdById: ids.leaderId,
        createdAt: times.answered,
      },
      {
        bijeenkomstId: ids.bijeenkomstId,
        text: "Twee wijken voorstellen om in de monitor samen te volgen (illustratief)",
        ownerId: ids.user("deelnemer@leerkring.test"),
        dueDate: times.actionOpen,
        createdById: ids.leaderId,
        createdAt: times.answered,
      },
    ])
    .run();
}
