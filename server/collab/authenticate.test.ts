import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createSession } from "#app/auth/session.server.ts";
import { getDb } from "#db/client.ts";
import { sessions, users } from "#db/schema.ts";
import { createUser } from "#tests/factories.ts";
import { liveSessionIds } from "./authenticate.ts";

describe("the periodic session check of connected sockets", () => {
  it("keeps valid sessions and drops ended, expired and deactivated ones", async () => {
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

    const live = liveSessionIds([valid.id, idle.id, absolute.id, ended.id, deactivated.id]);
    expect([...live]).toEqual([valid.id]);
    expect(liveSessionIds([]).size).toBe(0);
  });
});
