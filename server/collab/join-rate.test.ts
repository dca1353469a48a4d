import type { Socket } from "socket.io-client";
import { afterEach, describe, expect, it } from "vitest";
import { EVENTS, notitiesDocumentName } from "#shared/collab/protocol.ts";
import { createBijeenkomst, createUser } from "#tests/factories.ts";
import { connectSocket, signIn } from "#tests/setup/collab.ts";
import { startTestApp } from "#tests/setup/http.ts";

// The join rate per client address, with a limit small enough to reach in a test.
const app = startTestApp({ collab: { limits: { joinsPerMinute: 3 } } });
const sockets: Socket[] = [];
afterEach(() => {
  for (const s of sockets.splice(0)) s.disconnect();
});

describe("opening documents from one address", () => {
  it("refuses joins beyond the limit with te-veel-verzoeken", async () => {
    const user = await createUser({ role: "projectleider" });
    const cookie = (await signIn(app, user.email)).cookieHeader;
    const results: unknown[] = [];
    for (let i = 0; i < 4; i++) {
      const socket = await connectSocket(app, cookie);
      sockets.push(socket);
      const name = notitiesDocumentName(createBijeenkomst().id);
      results.push(await new Promise((resolve) => socket.emit(EVENTS.join, name, resolve)));
    }
    expect(results.slice(0, 3)).toMatchObject([{ ok: true }, { ok: true }, { ok: true }]);
    expect(results[3]).toMatchObject({ ok: false, error: "te-veel-verzoeken" });
  });
});
