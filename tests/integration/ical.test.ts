import ical, { type VEvent } from "node-ical";
import { describe, expect, it } from "vitest";
import { createBijeenkomst, createOrganisation } from "#tests/factories.ts";
import { Client, signedIn, startTestApp } from "#tests/setup/http.ts";

const app = startTestApp();

function events(body: string): VEvent[] {
  return Object.values(ical.sync.parseICS(body)).filter((c): c is VEvent => c?.type === "VEVENT");
}

async function feedUrl(client: Client): Promise<string> {
  const html = await (await client.post("/agenda", { intent: "feed-maken" })).text();
  return (
    new URL(html.match(/https?:\/\/[^<"\s]+\/agenda\.ics\?token=[a-z2-7]+/)![0]).pathname +
    "?" +
    html.match(/token=([a-z2-7]+)/)![0]
  );
}

describe("iCalendar", () => {
  it("gives a meeting as .ics with the right instant, a stable UID and a rising SEQUENCE", async () => {
    const { client } = await signedIn(app, { role: "projectleider" });
    const meeting = createBijeenkomst({
      startsAt: new Date("2031-03-12T12:30:00Z"),
      endsAt: new Date("2031-03-12T15:30:00Z"),
    });
    const first = await client.get(`/bijeenkomsten/${meeting.id}.ics`);
    expect(first.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    expect(first.headers.get("Content-Disposition")).toContain(".ics");
    const [before] = events(await first.text());
    expect(before!.start.toISOString()).toBe("2031-03-12T12:30:00.000Z");
    expect(before!.end!.toISOString()).toBe("2031-03-12T15:30:00.000Z");
    expect(before!.sequence).toBe(0);

    await client.post(`/bijeenkomsten/${meeting.id}/bewerken`, {
      kind: "intervisie",
      title: meeting.title,
      description: "",
      themaId: "",
      hostOrganisationId: String(meeting.hostOrganisationId),
      leaderId: "",
      location: meeting.location,
      date: "2031-03-12",
      startTime: "14:00",
      endTime: "17:00",
      capacity: "",
    });
    const [after] = events(await (await client.get(`/bijeenkomsten/${meeting.id}.ics`)).text());
    expect(after!.uid).toBe(before!.uid);
    expect(after!.sequence).toBe(1);
    // 14:00 in Amsterdam in March (winter time) is 13:00 UTC.
    expect(after!.start.toISOString()).toBe("2031-03-12T13:00:00.000Z");
  });

  it("needs a login for a meeting's .ics and answers 404 for an unknown one", async () => {
    const meeting = createBijeenkomst();
    expect((await new Client(app).get(`/bijeenkomsten/${meeting.id}.ics`)).status).toBe(302);
    const { client } = await signedIn(app);
    expect((await client.get("/bijeenkomsten/987654.ics")).status).toBe(404);
  });

  it("serves a personal feed by secret token, with cancellations, and stops when revoked", async () => {
    const { client } = await signedIn(app, { role: "medewerker" });
    const planned = createBijeenkomst();
    const cancelled = createBijeenkomst({ status: "geannuleerd", sequence: 2 });
    const path = await feedUrl(client);
    const anonymous = new Client(app);
    const feed = await anonymous.get(path);
    expect(feed.status).toBe(200);
    const byUid = new Map(events(await feed.text()).map((e) => [e.uid, e]));
    const uidOf = (id: number) =>
      [...byUid.keys()].find((uid) => uid.startsWith(`bijeenkomst-${id}@`))!;
    expect(byUid.get(uidOf(planned.id))!.status).toBe("CONFIRMED");
    expect(byUid.get(uidOf(cancelled.id))).toMatchObject({ status: "CANCELLED", sequence: 2 });

    const renewed = await feedUrl(client);
    expect((await anonymous.get(path)).status).toBe(404);
    expect((await anonymous.get(renewed)).status).toBe(200);
    await client.post("/agenda", { intent: "feed-intrekken" });
    expect((await anonymous.get(renewed)).status).toBe(404);
    expect((await anonymous.get("/agenda.ics?token=onzin")).status).toBe(404);
  });

  it("leaves intervision sessions out of a second-circle member's feed", async () => {
    const { client } = await signedIn(app, {
      role: "deelnemer",
      organisationId: createOrganisation({ circle: 2 }).id,
    });
    const intervision = createBijeenkomst();
    const theme = createBijeenkomst({ kind: "thema" });
    const body = await (await new Client(app).get(await feedUrl(client))).text();
    const uids = events(body).map((e) => e.uid);
    expect(uids.some((u) => u.startsWith(`bijeenkomst-${theme.id}@`))).toBe(true);
    expect(uids.some((u) => u.startsWith(`bijeenkomst-${intervision.id}@`))).toBe(false);
  });

  it("leaves a confidential intervision's description out for those outside it", async () => {
    const meeting = createBijeenkomst({ description: "Gemeente Geheimstad legt haar casus voor." });
    const outsiders = [
      createOrganisation({ circle: 2 }).id,
      createOrganisation({ kind: "welzijnsinstelling", circle: null }).id,
    ];
    for (const organisationId of outsiders) {
      const { client } = await signedIn(app, { role: "deelnemer", organisationId });
      const body = await (await client.get(`/bijeenkomsten/${meeting.id}.ics`)).text();
      expect(body).toContain("BEGIN:VEVENT");
      expect(body).not.toContain("Geheimstad");
      const feed = await (await new Client(app).get(await feedUrl(client))).text();
      expect(feed).not.toContain("Geheimstad");
    }
    const member = await signedIn(app, {
      role: "deelnemer",
      organisationId: createOrganisation({ circle: 1 }).id,
    });
    const body = await (await member.client.get(`/bijeenkomsten/${meeting.id}.ics`)).text();
    expect(body).toContain("Geheimstad");
  });
});
