import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "#db/client.ts";
import { sessions, users } from "#db/schema.ts";
import { createUser } from "#tests/factories.ts";
import { createSession, validateSession } from "./session.server.ts";

describe("looking a session up again by its id (as an open co-editing socket does)", () => {
  it("keeps valid sessions and ends expired, logged-out and deactivated ones", async () => {
    const db = getDb();
    const valid = createSession((await createUser()).id).session;
    const idle = createSession((await createUser()).id).session;
    const absolute = createSession((await createUser()).id).session;
    const ended = createSession((await createUser()).id).session;
    const deactivatedUser = await createUser();
    const deactivated = createSession(deactivatedUser.id).session;
    const past = new Date(Date.now() - 1000);
    db.update(sessions).set({ idleExpiresAt: past }).where(eq(sessions.id, idle.id)).run();
    db.update(sessions).set({ absoluteExpiresAt: past }).where(eq(sessions.id, absolute.id)).run();
    db.delete(sessions).where(eq(sessions.id, ended.id)).run();
    db.update(users).set({ active: false }).where(eq(users.id, deactivatedUser.id)).run();

    expect(validateSession(valid.id)?.session.id).toBe(valid.id);
    for (const gone of [idle, absolute, ended, deactivated]) {
      expect(validateSession(gone.id)).toBeNull();
    }
  });

  it("returns the person's current role, and counts as activity only when asked", async () => {
    const db = getDb();
    const user = await createUser({ role: "medewerker" });
    const { session } = createSession(user.id);
    const longAgo = new Date(Date.now() - 5 * 60_000);
    db.update(sessions).set({ lastActiveAt: longAgo }).where(eq(sessions.id, session.id)).run();
    db.update(users).set({ role: "deelnemer" }).where(eq(users.id, user.id)).run();

    expect(validateSession(session.id, { activity: false })?.user.role).toBe("deelnemer");
    const untouched = db.select().from(sessions).where(eq(sessions.id, session.id)).get();
    expect(untouched?.lastActiveAt).toEqual(longAgo);

    validateSession(session.id);
    const touched = db.select().from(sessions).where(eq(sessions.id, session.id)).get();
    expect(touched!.lastActiveAt.getTime()).toBeGreaterThan(longAgo.getTime());
  });
});
