import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createBijeenkomst } from "#tests/factories.ts";
import { signedIn, startTestApp } from "#tests/setup/http.ts";

// The compression middleware sends `res.on("drain")` to its gzip/brotli stream but left
// `removeListener` on the response, so every wait for "drain" (React Router's writes, a pipe)
// left a listener behind on the stream: `MaxListenersExceededWarning: 11 drain listeners added
// to [Gzip]`. Big pages, many times, over one keep-alive connection must not warn.

const server = startTestApp();
const warnings: Error[] = [];
const onWarning = (w: Error) => warnings.push(w);
process.on("warning", onWarning);
afterEach(() => {
  process.off("warning", onWarning);
  vi.restoreAllMocks();
});

function get(agent: http.Agent, path: string, headers: Record<string, string>) {
  return new Promise<{
    status: number;
    encoding: string;
    bytes: number;
    headers: http.IncomingHttpHeaders;
  }>((resolve, reject) => {
    http
      .get(server.url + path, { agent, headers }, (res) => {
        let bytes = 0;
        res.on("data", (chunk: Buffer) => (bytes += chunk.length));
        res.on("end", () =>
          resolve({
            status: res.statusCode!,
            encoding: String(res.headers["content-encoding"]),
            bytes,
            headers: res.headers,
          }),
        );
      })
      .on("error", reject);
  });
}

describe("compressed responses", () => {
  it("leave no drain listeners behind, for gzip and brotli", async () => {
    // A big page (~400 KB of HTML, little of it compressible): a meeting with a long description.
    const meeting = createBijeenkomst({
      kind: "thema",
      description: Array.from({ length: 300 }, () =>
        crypto.randomBytes(1000).toString("base64"),
      ).join(" "),
    });
    const { client } = await signedIn(server);
    // The compression streams the middleware makes, to count what is left listening on them.
    const streams: zlib.Gzip[] = [];
    for (const factory of ["createGzip", "createBrotliCompress"] as const) {
      const original = zlib[factory] as (o?: object) => zlib.Gzip;
      vi.spyOn(zlib, factory).mockImplementation(((options?: object) => {
        const stream = original(options);
        streams.push(stream);
        return stream;
      }) as never);
    }
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    // Documents and the data of client-side navigations (React Router's `.data`, written in
    // many small chunks), compressed with gzip and with brotli.
    const paths = [`/bijeenkomsten/${meeting.id}`, `/bijeenkomsten/${meeting.id}.data`];
    for (const encoding of ["gzip", "br"]) {
      for (let i = 0; i < 12; i++) {
        const res = await get(agent, paths[i % 2]!, {
          "Accept-Encoding": encoding,
          Cookie: client.cookieHeader,
        });
        expect(res.status).toBe(200);
        expect(res.encoding).toBe(encoding);
      }
    }
    agent.destroy();
    await new Promise((r) => setImmediate(r));
    expect(streams.length).toBeGreaterThanOrEqual(24);
    expect(Math.max(...streams.map((s) => s.listenerCount("drain")))).toBeLessThanOrEqual(1); // our one forwarder
    expect(warnings.map((w) => `${w.name}: ${w.message}`)).toEqual([]);
  });
});

describe("a page", () => {
  it("goes through gzip as one body, not flushed piece by piece", async () => {
    // React writes a document in pieces; each flushed on its own would cost a deflate block and
    // a trip through zlib apiece (app/entry.server.tsx). Before, this page took 9 flushes.
    const meeting = createBijeenkomst({
      kind: "thema",
      description: Array.from({ length: 40 }, (_, i) => `Alinea ${i} `.repeat(200)).join("\n"),
    });
    const { client } = await signedIn(server);
    const flushes: number[] = [];
    const original = zlib.createGzip;
    vi.spyOn(zlib, "createGzip").mockImplementation(((options?: zlib.ZlibOptions) => {
      const stream = original(options);
      const index = flushes.push(0) - 1;
      const flush = stream.flush.bind(stream);
      stream.flush = ((...args: Parameters<typeof flush>) => {
        flushes[index]!++;
        return flush(...args);
      }) as typeof stream.flush;
      return stream;
    }) as never);
    const agent = new http.Agent();
    const chunks: Buffer[] = [];
    const status = await new Promise<number>((resolve, reject) => {
      http
        .get(
          `${server.url}/bijeenkomsten/${meeting.id}`,
          { agent, headers: { "Accept-Encoding": "gzip", Cookie: client.cookieHeader } },
          (res) => {
            res.on("data", (chunk: Buffer) => chunks.push(chunk));
            res.on("end", () => resolve(res.statusCode!));
          },
        )
        .on("error", reject);
    });
    agent.destroy();
    const html = zlib.gunzipSync(Buffer.concat(chunks)).toString("utf8");
    expect(status).toBe(200);
    expect(html.length).toBeGreaterThan(80_000);
    expect(html).toContain("Alinea 39");
    expect(html.trimEnd().endsWith("</html>")).toBe(true);
    expect(flushes).toHaveLength(1);
    expect(flushes[0]).toBeLessThanOrEqual(1);
  });
});

describe("the files beside the assets", () => {
  it("are served by name; any other path is a page", async () => {
    const agent = new http.Agent();
    const icon = await get(agent, "/favicon.svg", {});
    expect(icon.status).toBe(200);
    expect(icon.headers["content-type"]).toBe("image/svg+xml");
    expect(icon.headers["cache-control"]).toBe("public, max-age=3600");
    const missing = await get(agent, "/favicon.ico", { Accept: "text/html" });
    expect(missing.status).toBe(404);
    expect(missing.headers["content-type"]).toBe("text/html; charset=utf-8");
    agent.destroy();
  });
});

// The build writes a brotli and a gzip copy of each hashed asset (vite.config.ts); the server
// sends the one the browser can read, preferring brotli, without compressing it again.
describe("precompressed assets", () => {
  it("are sent as brotli, gzip or as they are, with Vary and for good", async () => {
    const assets = path.resolve("build/client/assets");
    const name = fs.readdirSync(assets).find((f) => /^entry\.client-.*\.js$/.test(f))!;
    const file = path.join(assets, name);
    const agent = new http.Agent();
    const cases = [
      { accept: "gzip, deflate, br, zstd", encoding: "br", bytes: fs.statSync(`${file}.br`).size },
      { accept: "gzip, deflate", encoding: "gzip", bytes: fs.statSync(`${file}.gz`).size },
      { accept: "identity", encoding: "undefined", bytes: fs.statSync(file).size },
    ];
    for (const c of cases) {
      const res = await get(agent, `/assets/${name}`, { "Accept-Encoding": c.accept });
      expect(res).toMatchObject({ status: 200, encoding: c.encoding, bytes: c.bytes });
      expect(res.headers["content-type"]).toBe("text/javascript; charset=utf-8");
      expect(res.headers.vary).toBe("Accept-Encoding");
      expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    }
    agent.destroy();
  });
});
