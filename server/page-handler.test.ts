import http from "node:http";
import type { AddressInfo } from "node:net";
import type express from "express";
import { afterEach, describe, expect, it } from "vitest";
import { LINGER_MS, lingerThenClose } from "./page-handler.ts";

// A refused upload lingers, then closes its connection unless the upload ended by itself. An
// upload that ends before the answer is finished must keep the connection: the client sends
// its next request on it.

let server: http.Server | undefined;
afterEach(
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
);

describe("lingerThenClose", () => {
  it("keeps the connection of an upload that ended before its answer was sent", async () => {
    server = http.createServer((req, res) => {
      if (req.method === "POST") {
        lingerThenClose(req as express.Request, res as express.Response);
        // The body ends while the answer is still to come: the window a refusal can meet.
        req.resume();
        req.once("end", () => res.end("geweigerd"));
      } else res.end("daarna");
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const sockets: unknown[] = [];
    const send = (method: string) =>
      new Promise<string>((resolve, reject) => {
        const req = http.request({ port, host: "127.0.0.1", method, agent, path: "/" }, (res) => {
          let text = "";
          res.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
          res.on("end", () => resolve(text));
        });
        req.on("socket", (socket) => sockets.push(socket));
        req.on("error", reject);
        req.end(method === "POST" ? "x".repeat(10_000) : undefined);
      });
    try {
      expect(await send("POST")).toBe("geweigerd");
      // Past the lingering time, the same connection still answers.
      await new Promise((resolve) => setTimeout(resolve, LINGER_MS * 1.5));
      expect(await send("GET")).toBe("daarna");
      expect(sockets[1]).toBe(sockets[0]);
    } finally {
      agent.destroy();
    }
  });
});
