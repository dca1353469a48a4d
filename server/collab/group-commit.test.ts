import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { getDb } from "#db/client.ts";
import { documentUpdates } from "#db/schema.ts";
import { GroupCommit, type AppendResult } from "./group-commit.ts";
import { ensureDocument } from "./persistence.ts";

// Against the real SQLite file of this test worker (tests/setup/db.ts).

let n = 0;
const newName = () => `bijeenkomst:${950_000 + ++n}:notities`;

function updates(count: number): Uint8Array[] {
  const doc = new Y.Doc();
  const out: Uint8Array[] = [];
  doc.on("update", (u: Uint8Array) => out.push(u));
  for (let i = 0; i < count; i++) doc.getText("t").insert(i, String(i));
  return out;
}

const rows = (name: string) =>
  getDb()
    .select({ id: documentUpdates.id })
    .from(documentUpdates)
    .where(eq(documentUpdates.documentName, name))
    .all();

describe("group commit", () => {
  it("commits the updates of one event-loop turn in one transaction, acknowledged in order after it", async () => {
    const name = newName();
    ensureDocument(name);
    const writer = new GroupCommit(getDb);
    const seen: { result: AppendResult; storedThen: number }[] = [];
    const all = updates(5);
    await new Promise<void>((resolve) => {
      all.forEach((u, i) =>
        writer.add(name, u, null, (result) => {
          seen.push({ result, storedThen: rows(name).length });
          if (i === all.length - 1) resolve();
        }),
      );
      expect(rows(name)).toHaveLength(0); // nothing is written before the turn ends
    });
    expect(writer.stats).toEqual({ commits: 1, appended: 5, failed: 0 });
    // Each acknowledgement comes after the commit of all five, and the ids keep the order.
    expect(seen.map((s) => s.storedThen)).toEqual([5, 5, 5, 5, 5]);
    const ids = seen.map((s) => (s.result.ok ? s.result.id : -1));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(ids).toEqual(rows(name).map((r) => r.id));
  });

  it("fails an insert that the database refuses alone; the others of its batch are stored", () => {
    const name = newName();
    ensureDocument(name);
    const writer = new GroupCommit(getDb);
    const results: AppendResult[] = [];
    const [first, second] = updates(2);
    writer.add(name, first!, null, (r) => results.push(r));
    // No such document: the foreign key refuses this row only.
    writer.add("bijeenkomst:0:bestaat-niet", first!, null, (r) => results.push(r));
    writer.add(name, second!, null, (r) => results.push(r));
    writer.flush();
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    expect(rows(name)).toHaveLength(2);
    expect(writer.stats).toEqual({ commits: 1, appended: 2, failed: 1 });
  });

  it("waits the configured window to gather more updates into one commit", async () => {
    const name = newName();
    ensureDocument(name);
    const writer = new GroupCommit(getDb, 5);
    const [a, b] = updates(2);
    const done = new Promise<void>((resolve) => {
      writer.add(name, a!, null, () => undefined);
      // A later turn, within the window.
      setImmediate(() => writer.add(name, b!, null, () => resolve()));
    });
    await done;
    expect(writer.stats.commits).toBe(1);
    expect(rows(name)).toHaveLength(2);
  });
});
