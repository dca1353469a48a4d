import { SOCKET_PARSER } from "#shared/socket-parser.ts";
import { io as connect, type Socket } from "socket.io-client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { resetLoginThrottle } from "#app/auth/throttle.server.ts";
import { createUser, TEST_PASSWORD } from "#tests/factories.ts";
import { Client, startTestApp } from "#tests/setup/http.ts";

const app = startTestApp();
const sockets: Socket[] = [];
beforeEach(() => resetLoginThrottle());
afterEach(() => {
  for (const s of sockets.splice(0)) s.disconnect();
});

function open(headers: Record<string, string>) {
  const socket = connect(`${app.url}/collab`, {
    transports: ["websocket"],
    parser: SOCKET_PARSER,
    extraHeaders: headers,
    reconnection: false,
  });
  sockets.push(socket);
  return new Promise<{ connected: true } | { error: string }>((resolve) => {
    socket.on("connect", () => resolve({ connected: true }));
    socket.on("connect_error", (error) => resolve({ error: error.message }));
  });
}

describe("the /collab namespace", () => {
  it("accepts a signed-in person from our own origin", async () => {
    const user = await createUser();
    const client = new Client(app);
    await client.login(user.email, TEST_PASSWORD);
    expect(await open({ Cookie: client.cookieHeader, Origin: app.url })).toEqual({
      connected: true,
    });
  });

  it("refuses a socket without a session", async () => {
    expect(await open({ Origin: app.url })).toEqual({ error: "niet-ingelogd" });
  });

  it("refuses a socket from another origin, even with a valid session", async () => {
    const user = await createUser();
    const client = new Client(app);
    await client.login(user.email, TEST_PASSWORD);
    const result = await open({ Cookie: client.cookieHeader, Origin: "https://evil.example" });
    expect(result).toHaveProperty("error");
  });
});
