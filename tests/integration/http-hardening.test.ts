import http from "node:http";
import ical from "node-ical";
import { io as connect } from "socket.io-client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { resetLoginThrottle } from "#app/auth/throttle.server.ts";
import { SOCKET_PARSER } from "#shared/socket-parser.ts";
import { getDb } from "#db/client.ts";
import { essays } from "#db/schema.ts";
import {
  createBijeenkomst,
  createOrganisation,
  createUser,
  TEST_PASSWORD,
} from "#tests/factories.ts";
import { Client, signedIn, startTestApp } from "#tests/setup/http.ts";
import { captureLog } from "#tests/setup/log.ts";

// What an attacker tries over plain HTTP (issue 9, part B): redirects after login, links that
// follow the Host header, oversized and non-form bodies, calendar injection, caching.

const log = captureLog();
const app = startTestApp({ logger: log.logger });
beforeEach(() => resetLoginThrottle());

type RawResponse = { status: number; headers: http.IncomingHttpHeaders; text: string };

/** A request exactly as given (fetch will not send another Host); the body may be a stream. */
function raw(
  path: string,
  init: {
    method?: string;
    headers?: Record<string, string>;
    body?: string | ((req: http.ClientRequest) => void);
  } = {},
): Promise<RawResponse & { written: number }> {
  return new Promise((resolve, reject) => {
    let written = 0;
    const req = http.request(app.url + path, {
      method: init.method ?? "GET",
      headers: init.headers,
    });
    req.on("response", (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () =>
        resolve({ status: res.statusCode!, headers: res.headers, text, written }),
      );
    });
    // The server may close the connection while we still send: the answer has arrived then.
    req.on("error", (error) => (req.destroyed && written > 0 ? undefined : reject(error)));
    const write = req.write.bind(req);
    req.write = ((chunk: Buffer | string, ...rest: never[]) => {
      written += Buffer.byteLength(chunk);
      return write(chunk, ...rest);
    }) as typeof req.write;
    if (typeof init.body === "function") init.body(req);
    else req.end(init.body);
  });
}

const form = "application/x-www-form-urlencoded";

describe("B1: after login only paths of this site are followed", () => {
  it.each([
    ["/\t/evil.example/x", "/"],
    ["/\r\n/evil.example", "/"],
    ["/agenda\r\nSet-Cookie: a=b", "/"],
    ["/\u3000/evil.example", "/"],
    ["//evil.example/x", "/"],
    ["/\\evil.example/x", "/"],
    ["https://evil.example/x", "/"],
    ["/agenda?weergave=week", "/agenda?weergave=week"],
  ])("a real login with redirectTo %j lands on %j", async (redirectTo, expected) => {
    const user = await createUser();
    const client = new Client(app);
    const response = await client.post("/inloggen", {
      email: user.email,
      password: TEST_PASSWORD,
      redirectTo,
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(expected);
    // Logged in now: the login page sends the visitor on, by the same rule.
    const again = await client.get(`/inloggen?${new URLSearchParams({ redirectTo })}`);
    expect(again.status).toBe(302);
    expect(again.headers.get("Location")).toBe(expected);
  });
});

describe("B3: links come from the configuration, never from the Host header", () => {
  const evil = { Host: "evil.example", "Content-Type": form };

  it("refuses a post whose Origin matches only the forged Host", async () => {
    const response = await raw("/wachtwoord-vergeten", {
      method: "POST",
      headers: { ...evil, Origin: "http://evil.example" },
      body: "email=iemand%40example.nl",
    });
    expect(response.status).toBe(403);
  });

  it("logs a reset link on the configured origin", async () => {
    const user = await createUser();
    const before = log.entries().length;
    const response = await raw("/wachtwoord-vergeten", {
      method: "POST",
      headers: { ...evil, Origin: app.url },
      body: new URLSearchParams({ email: user.email }).toString(),
    });
    expect(response.status).toBe(200);
    const logged = log
      .entries(before)
      .filter((entry) => entry.msg === "wachtwoordherstel")
      .map((entry) => String(entry.link))
      .join("\n");
    expect(logged).toMatch(/http:\/\/localhost:\d+\/wachtwoord-herstellen\/[a-z2-7]+/);
    expect(logged).not.toContain("evil.example");
  });

  it("shows an invitation link on the configured origin", async () => {
    const { client } = await signedIn(app, { role: "beheerder" });
    const gemeente = createOrganisation();
    const response = await raw("/beheer/uitnodigingen", {
      method: "POST",
      headers: { ...evil, Origin: app.url, Cookie: client.cookieHeader },
      body: new URLSearchParams({
        intent: "uitnodigen",
        email: "host-header@example.nl",
        organisationId: String(gemeente.id),
        role: "deelnemer",
      }).toString(),
    });
    expect(response.status).toBe(200);
    expect(response.text).toMatch(/http:\/\/localhost:\d+\/uitnodiging\/[a-z2-7]+/);
    expect(response.text).not.toContain("evil.example");
  });

  it("gives iCalendar UIDs, URLs and the feed address on the configured origin", async () => {
    const { client } = await signedIn(app, { role: "projectleider" });
    const meeting = createBijeenkomst();
    const response = await raw(`/bijeenkomsten/${meeting.id}.ics`, {
      headers: { Host: "evil.example", Cookie: client.cookieHeader },
    });
    expect(response.status).toBe(200);
    expect(response.text).not.toContain("evil.example");
    const [event] = Object.values(ical.sync.parseICS(response.text)).filter(
      (c) => c?.type === "VEVENT",
    ) as ical.VEvent[];
    expect(event!.uid).toBe(`bijeenkomst-${meeting.id}@localhost`);
    expect(response.text).toMatch(
      new RegExp(`\r\nURL[^:]*:http://localhost:\\d+/bijeenkomsten/${meeting.id}\r\n`),
    );

    const feed = await raw("/agenda", {
      method: "POST",
      headers: { ...evil, Origin: app.url, Cookie: client.cookieHeader },
      body: "intent=feed-maken",
    });
    expect(feed.text).toMatch(/http:\/\/localhost:\d+\/agenda\.ics\?token=[a-z2-7]+/);
    expect(feed.text).not.toContain("evil.example");
  });
});

describe("B3: the co-editing socket checks Origin against the configuration", () => {
  function handshake(headers: Record<string, string>) {
    const socket = connect(`${app.url}/collab`, {
      transports: ["websocket"],
      parser: SOCKET_PARSER,
      extraHeaders: headers,
      reconnection: false,
      forceNew: true,
    });
    return new Promise<string>((resolve) => {
      socket.on("connect", () => resolve("connected"));
      socket.on("connect_error", (error) => resolve(error.message));
    }).finally(() => socket.disconnect());
  }

  it("accepts both loopback names on our port, and no origin that only matches Host", async () => {
    const { client } = await signedIn(app);
    const port = new URL(app.url).port;
    for (const origin of [app.url, `http://localhost:${port}`]) {
      expect(await handshake({ Cookie: client.cookieHeader, Origin: origin }), origin).toBe(
        "connected",
      );
    }
    const forged = {
      Cookie: client.cookieHeader,
      Host: "evil.example",
      Origin: "http://evil.example",
    };
    expect(await handshake(forged)).not.toBe("connected");
    expect(await handshake({ Cookie: client.cookieHeader, Origin: "http://localhost:1" })).not.toBe(
      "connected",
    );
  });
});

describe("B6: bodies above the limit are refused before they are read", () => {
  it("refuses a declared 50 MB body with a Dutch 413 page after reading almost nothing", async () => {
    const response = await raw("/inloggen", {
      method: "POST",
      headers: { Origin: app.url, "Content-Type": form, "Content-Length": "50000000" },
      body: (req) => req.write("email=a%40b.nl&password="),
    });
    expect(response.status).toBe(413);
    expect(response.headers["content-type"]).toContain("text/html");
    expect(response.text).toContain("Te veel gegevens");
    expect(response.written).toBeLessThan(1_000);
  });

  it("stops reading a chunked body once it passes the limit", async () => {
    const chunk = Buffer.alloc(64 * 1024, "a");
    const response = await raw("/inloggen", {
      method: "POST",
      headers: { Origin: app.url, "Content-Type": form, "Transfer-Encoding": "chunked" },
      body: (req) => {
        // Keep sending until the server answers (at most 20 MB).
        let answered = false;
        req.once("response", () => (answered = true));
        const send = () => {
          if (answered || req.destroyed) return;
          if (req.socket && req.socket.bytesWritten > 20_000_000) return req.end();
          if (req.write(chunk)) setImmediate(send);
          else req.once("drain", send);
        };
        send();
      },
    });
    expect(response.status).toBe(413);
    expect(response.text).toContain("Te veel gegevens");
    expect(response.written).toBeLessThan(10_000_000);
  });

  it("answers 20 oversized requests at once, none of them read", async () => {
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        raw("/inloggen", {
          method: "POST",
          headers: { Origin: app.url, "Content-Type": form, "Content-Length": "50000000" },
          body: (req) => req.write(Buffer.alloc(16 * 1024, "a")),
        }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(413));
  });

  it("still accepts an ordinary form", async () => {
    const user = await createUser();
    expect((await new Client(app).login(user.email, TEST_PASSWORD)).status).toBe(302);
  });
});

describe("B7: what is not a form is answered with 4xx, and nothing is logged", () => {
  let before = 0;
  const ERROR = 50; // pino's level number of `error`
  beforeEach(() => {
    before = log.entries().length;
  });
  afterEach(() => expect(log.entries(before).filter((entry) => entry.level >= ERROR)).toEqual([]));

  const bodies: [string, string | undefined, string][] = [
    ["JSON", "application/json", '{"email":"a@b.nl"}'],
    ["text", "text/plain", "email=a@b.nl"],
    ["XML", "application/xml", "<email>a@b.nl</email>"],
    ["broken multipart", "multipart/form-data; boundary=x", "--x\r\nrommel zonder einde"],
    ["multipart without boundary", "multipart/form-data", "--x\r\n\r\n"],
    ["no type", undefined, "email=a@b.nl"],
  ];

  it.each(bodies)("answers %s to actions with 400 or 415", async (_name, type, body) => {
    const { client } = await signedIn(app, { role: "projectleider" });
    for (const path of ["/inloggen", "/wachtwoord-vergeten", "/agenda", "/uitloggen", "/account"]) {
      for (const suffix of ["", ".data"]) {
        const headers: Record<string, string> = { Origin: app.url, Cookie: client.cookieHeader };
        if (type) headers["Content-Type"] = type;
        const response = await raw(path + suffix, { method: "POST", headers, body });
        expect([400, 415], `${path}${suffix}`).toContain(response.status);
        expect(response.text).toMatch(/Dit verzoek klopt niet/);
      }
    }
  });

  it("answers a form posted to a page without an action with a Dutch 405", async () => {
    const { client } = await signedIn(app);
    for (const path of ["/zoeken", "/gemeenten", "/", "/bestaat-niet", "/essays.atom"]) {
      const response = await client.post(path, { iets: "waarde" });
      expect(response.status, path).toBe(405);
      expect(await response.text(), path).toContain("Dit kan hier niet");
    }
    expect((await new Client(app).post("/gemeenten", {})).status).toBe(405);
  });
});

describe("B8: a meeting title cannot add lines to a calendar", () => {
  it("refuses a title with a line break on input", async () => {
    const { client } = await signedIn(app, { role: "projectleider" });
    const host = createOrganisation({ kind: "gemeente", circle: 1 });
    const response = await client.post("/agenda/nieuw?soort=intervisie", {
      kind: "intervisie",
      title: "Intervisie\r\nX-INJECTED:ja",
      description: "",
      themaId: "",
      hostOrganisationId: String(host.id),
      leaderId: "",
      location: "Utrecht",
      date: "2031-03-12",
      startTime: "14:00",
      endTime: "17:00",
      capacity: "",
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Gebruik één regel tekst");
  });

  it("writes a stored title with line breaks as one line in NAME and X-WR-CALNAME", async () => {
    const { client } = await signedIn(app, { role: "projectleider" });
    const meeting = createBijeenkomst({ title: "Intervisie\r\nX-INJECTED:ja\nMETHOD:REQUEST" });
    const body = await (await client.get(`/bijeenkomsten/${meeting.id}.ics`)).text();
    const lines = body.split("\r\n");
    expect(lines.some((l) => l.startsWith("X-INJECTED"))).toBe(false);
    expect(lines.filter((l) => l.startsWith("METHOD:"))).toEqual(["METHOD:PUBLISH"]);
    // Unfolded and parsed back, the calendar has exactly its own name.
    const calendar = ical.sync.parseICS(body).vcalendar as unknown as Record<string, unknown>;
    expect(calendar["WR-CALNAME"]).toBe("Intervisie X-INJECTED:ja METHOD:REQUEST");
    expect(Object.keys(calendar).some((k) => k.includes("INJECTED"))).toBe(false);
  });
});

describe("B9: what a logged-in person sees is not cached", () => {
  it("sends private, no-store on pages and downloads of a session", async () => {
    const { client } = await signedIn(app, { role: "projectleider" });
    const meeting = createBijeenkomst({ title: "Vertrouwelijke intervisie" });
    for (const path of ["/", "/agenda", `/bijeenkomsten/${meeting.id}/notities.md`]) {
      const response = await client.get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("Cache-Control"), path).toBe("private, no-store");
    }
  });

  it("sends private, no-store on a draft's download", async () => {
    const meeting = createBijeenkomst({ kind: "thema", status: "gehouden" });
    getDb()
      .insert(essays)
      .values({ bijeenkomstId: meeting.id, slug: "concept-cache", title: "Nog geheim" })
      .run();
    const { client } = await signedIn(app, { role: "medewerker" });
    const md = await client.get("/essays/concept-cache.md");
    expect(md.status).toBe(200);
    expect(md.headers.get("Cache-Control")).toBe("private, no-store");
  });

  it("sends private, no-store on the personal calendar feed", async () => {
    const { client } = await signedIn(app);
    const html = await (await client.post("/agenda", { intent: "feed-maken" })).text();
    const token = html.match(/token=([a-z2-7]{32})/)![1];
    const feed = await new Client(app).get(`/agenda.ics?token=${token}`);
    expect(feed.status).toBe(200);
    expect(feed.headers.get("Cache-Control")).toBe("private, no-store");
  });

  it("leaves public pages to anyone cacheable", async () => {
    for (const path of ["/essays", "/essays.atom", "/themas"]) {
      const response = await new Client(app).get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("Cache-Control") ?? "", path).not.toContain("no-store");
    }
  });
});
