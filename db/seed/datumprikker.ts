import { askedPeople, prikkerMeeting } from "#app/datumprikker/datumprikker.server.ts";
import type { DbOrTx } from "#db/client.ts";
import {
  datumprikkerAntwoorden,
  datumprikkerGevraagden,
  datumprikkerOpties,
  datumprikkers,
} from "#db/schema.ts";

// An open date poll for the demo's next intervision session (illustratief: the source documents
// plan no dates): its own date and one two days later, asked of who the session is about, with
// the first of them having answered.

export function seedDemoDatumprikker(
  tx: DbOrTx,
  ids: { bijeenkomstId: number; leaderId: number },
  times: { opened: Date; deadline: Date; alternative: Date },
): void {
  const meeting = prikkerMeeting(ids.bijeenkomstId, tx)!;
  const length = meeting.endsAt.getTime() - meeting.startsAt.getTime();
  const poll = tx
    .insert(datumprikkers)
    .values({
      bijeenkomstId: meeting.id,
      deadline: times.deadline,
      createdById: ids.leaderId,
      createdAt: times.opened,
    })
    .returning()
    .get();
  const options = tx
    .insert(datumprikkerOpties)
    .values(
      [meeting.startsAt, times.alternative].map((startsAt, position) => ({
        prikkerId: poll.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + length),
        position,
      })),
    )
    .returning()
    .all();
  const asked = askedPeople(tx, meeting);
  if (!asked.length) return;
  tx.insert(datumprikkerGevraagden)
    .values(asked.map((p) => ({ prikkerId: poll.id, userId: p.id })))
    .run();
  const first = asked[0]!;
  tx.insert(datumprikkerAntwoorden)
    .values([
      {
        optionId: options[0]!.id,
        userId: first.id,
        answer: "ja" as const,
        updatedAt: times.opened,
      },
      {
        optionId: options[1]!.id,
        userId: first.id,
        answer: "alsHetMoet" as const,
        updatedAt: times.opened,
      },
    ])
    .run();
}
