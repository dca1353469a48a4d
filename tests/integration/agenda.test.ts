import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "#db/client.ts";
import { bijeenkomsten, bijeenkomstWijzigingen, deelnames, leervragen } from "#db/schema.ts";
import {
  createBijeenkomst,
  createLeervraag,
  createOrganisation,
  createThema,
} from "#tests/factories.ts";
import { signedIn, startTestApp } from "#tests/setup/http.ts";
import { rotationOverview } from "#app/bijeenkomsten/bijeenkomsten.server.ts";
import { fromAmsterdamInputs, toAmsterdamInputs } from "#shared/time.ts";

const app = startTestApp();

const meetingOf = (id: number) =>
  getDb().select().from(bijeenkomsten).where(eq(bijeenkomsten.id, id)).get()!;

function intervisionForm(hostId: number, overrides: Record<string, string> = {}) {
  return {
    kind: "intervisie",
    title: "Intervisie in Teststad",
    description: "",
    themaId: "",
    hostOrganisationId: String(hostId),
    leaderId: "",
    location: "Stadhuis Teststad",
    date: "2031-03-12",
    startTime: "13:30",
    endTime: "16:30",
    capacity: "",
    ...overrides,
  };
}

describe("planning meetings", () => {
  it("lets a project leader plan an intervision session, stored in UTC", async () => {
    const { client } = await signedIn(app, { role: "projectleider" });
    const host = createOrganisation({ circle: 1 });
    const movisie = createOrganisation({ kind: "movisie", circle: null });
    const response = await client.post("/agenda/nieuw?soort=intervisie", {
      ...intervisionForm(host.id),
      criticalFriendIds: String(movisie.id),
    });
    expect(response.status).toBe(302);
    const id = Number(response.headers.get("Location")!.match(/\/bijeenkomsten\/(\d+)/)![1]);
    const meeting = meetingOf(id);
    expect(meeting).toMatchObject({
      kind: "intervisie",
      hostOrganisationId: host.id,
      status: "gepland",
      sequence: 0,
    });
    expect(meeting.startsAt.toISOString()).toBe("2031-03-12T12:30:00.000Z");
    const page = await (await client.get(`/bijeenkomsten/${id}`)).text();
    expect(page).toContain("Intervisie in Teststad");
    expect(page).toContain(movisie.name);
  });

  it("refuses a host outside the first circle, an end before the start and a missing host", async () => {
    const { client } = await signedIn(app, { role: "projectleider" });
    const secondCircle = createOrganisation({ circle: 2 });
    const wrongHost = await client.post(
      "/agenda/nieuw?soort=intervisie",
      intervisionForm(secondCircle.id),
    );
    expect(wrongHost.status).toBe(400);
    expect(await wrongHost.text()).toContain("gemeente uit de eerste leerkring");
    const backwards = await client.post(
      "/agenda/nieuw?soort=intervisie",
      intervisionForm(createOrganisation({ circle: 1 }).id, { endTime: "12:00" }),
    );
    expect(backwards.status).toBe(400);
    expect(await backwards.text()).toContain("De eindtijd moet na de begintijd liggen.");
    const noHost = await client.post(
      "/agenda/nieuw?soort=intervisie",
      intervisionForm(0, { hostOrganisationId: "" }),
    );
    expect(await noHost.text()).toContain("Kies de gastgemeente.");
    const badDate = await client.post(
      "/agenda/nieuw?soort=intervisie",
      intervisionForm(createOrganisation({ circle: 1 }).id, { date: "2031-02-30" }),
    );
    expect(await badDate.text()).toContain("Vul een bestaande datum in.");
  });

  it("plans a theme meeting, which needs a theme", async () => {
    const { client } = await signedIn(app, { role: "projectleider" });
    const thema = createThema();
    const missing = await client.post("/agenda/nieuw", {
      ...intervisionForm(0),
      kind: "thema",
      hostOrganisationId: "",
    });
    expect(await missing.text()).toContain("Kies een thema.");
    const ok = await client.post("/agenda/nieuw", {
      ...intervisionForm(0),
      kind: "thema",
      hostOrganisationId: "",
      themaId: String(thema.id),
      capacity: "80",
    });
    expect(ok.status).toBe(302);
  });

  it("does not let anyone but a project leader plan", async () => {
    for (const role of ["deelnemer", "medewerker", "beheerder"] as const) {
      const { client } = await signedIn(app, { role });
      const response = await client.post(
        "/agenda/nieuw?soort=intervisie",
        intervisionForm(createOrganisation({ circle: 1 }).id),
      );
      expect(response.status).toBe(403);
    }
  });

  it("records what changed in an edit and raises the calendar sequence", async () => {
    const { client } = await signedIn(app, { role: "projectleider" });
    const meeting = createBijeenkomst();
    const response = await client.post(`/bijeenkomsten/${meeting.id}/bewerken`, {
      ...intervisionForm(meeting.hostOrganisationId!),
      title: meeting.title,
      location: "Bibliotheek",
    });
    expect(response.status).toBe(302);
    const after = meetingOf(meeting.id);
    expect(after.sequence).toBe(1);
    expect(after.location).toBe("Bibliotheek");
    const [change] = getDb()
      .select()
      .from(bijeenkomstWijzigingen)
      .where(eq(bijeenkomstWijzigingen.bijeenkomstId, meeting.id))
      .all();
    expect(change!.changes).toEqual(
      expect.arrayContaining([{ field: "location", from: "Stadhuis", to: "Bibliotheek" }]),
    );
    const page = await (await client.get(`/bijeenkomsten/${meeting.id}`)).text();
    expect(page).toContain("Locatie van Stadhuis naar Bibliotheek");
  });

  it("cancels a meeting: its questions wait for a place again", async () => {
    const { client } = await signedIn(app, { role: "projectleider" });
    const meeting = createBijeenkomst();
    const org = createOrganisation();
    const q = createLeervraag({
      organisationId: org.id,
      status: "ingepland",
      bijeenkomstId: meeting.id,
    });
    const empty = await client.post(`/bijeenkomsten/${meeting.id}`, {
      intent: "annuleren",
      reason: "",
    });
    expect(empty.status).toBe(400);
    // The first step asks, says what happens, and changes nothing.
    const ask = await client.post(`/bijeenkomsten/${meeting.id}`, {
      intent: "annuleren",
      reason: "Te weinig aanmeldingen",
    });
    expect(ask.status).toBe(200);
    const question = await ask.text();
    expect(question).toContain("Weet u het zeker?");
    expect(question).toContain("Leervragen op de agenda: 1; die gaan terug naar de wachtrij.");
    expect(question).toContain('name="reason" value="Te weinig aanmeldingen"');
    expect(meetingOf(meeting.id)).toMatchObject({ status: "gepland", sequence: 0 });
    const response = await client.post(`/bijeenkomsten/${meeting.id}`, {
      intent: "annuleren",
      reason: "Te weinig aanmeldingen",
      bevestigd: "ja",
    });
    expect(response.status).toBe(200);
    expect(meetingOf(meeting.id)).toMatchObject({
      status: "geannuleerd",
      cancellationReason: "Te weinig aanmeldingen",
      sequence: 1,
    });
    expect(getDb().select().from(leervragen).where(eq(leervragen.id, q.id)).get()).toMatchObject({
      status: "ingediend",
      bijeenkomstId: null,
    });
    const again = await client.post(`/bijeenkomsten/${meeting.id}`, {
      intent: "annuleren",
      reason: "Nog eens",
    });
    expect(again.status).toBe(409);
  });

  it("reinstates a cancelled meeting: planned again, logged, and a new calendar SEQUENCE", async () => {
    const { client } = await signedIn(app, { role: "projectleider" });
    const meeting = createBijeenkomst();
    await client.post(`/bijeenkomsten/${meeting.id}`, {
      intent: "annuleren",
      reason: "Zaal niet beschikbaar",
      bevestigd: "ja",
    });
    const cancelledIcs = await (await client.get(`/bijeenkomsten/${meeting.id}.ics`)).text();
    expect(cancelledIcs).toContain("STATUS:CANCELLED");
    expect(cancelledIcs).toContain("SEQUENCE:1");
    const page = await (await client.get(`/bijeenkomsten/${meeting.id}`)).text();
    expect(page).toContain("Annulering ongedaan maken");

    // Only those who may cancel may reinstate.
    for (const role of ["deelnemer", "medewerker", "beheerder"] as const) {
      const other = await signedIn(app, { role });
      const refused = await other.client.post(`/bijeenkomsten/${meeting.id}`, {
        intent: "heractiveren",
      });
      expect(refused.status).toBe(403);
    }
    expect(meetingOf(meeting.id).status).toBe("geannuleerd");

    const response = await client.post(`/bijeenkomsten/${meeting.id}`, { intent: "heractiveren" });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("De annulering is ongedaan gemaakt");
    expect(meetingOf(meeting.id)).toMatchObject({
      status: "gepland",
      cancellationReason: null,
      sequence: 2,
    });
    const log = getDb()
      .select()
      .from(bijeenkomstWijzigingen)
      .where(eq(bijeenkomstWijzigingen.bijeenkomstId, meeting.id))
      .all()
      .map((w) => w.changes);
    expect(log.at(-1)).toEqual([{ field: "status", from: "geannuleerd", to: "gepland" }]);
    const ics = await (await client.get(`/bijeenkomsten/${meeting.id}.ics`)).text();
    expect(ics).toContain("STATUS:CONFIRMED");
    expect(ics).toContain("SEQUENCE:2");
    // Not cancelled (any more): nothing to undo.
    const again = await client.post(`/bijeenkomsten/${meeting.id}`, { intent: "heractiveren" });
    expect(again.status).toBe(409);
  });

  it("marks a meeting held only once it has begun; its questions count as discussed", async () => {
    const { client } = await signedIn(app, { role: "projectleider" });
    const future = createBijeenkomst();
    expect((await client.post(`/bijeenkomsten/${future.id}`, { intent: "gehouden" })).status).toBe(
      409,
    );
    const past = createBijeenkomst({ startsAt: new Date(Date.now() - 3_600_000) });
    const q = createLeervraag({
      organisationId: createOrganisation().id,
      status: "ingepland",
      bijeenkomstId: past.id,
    });
    expect((await client.post(`/bijeenkomsten/${past.id}`, { intent: "gehouden" })).status).toBe(
      200,
    );
    expect(meetingOf(past.id).status).toBe("gehouden");
    expect(getDb().select().from(leervragen).where(eq(leervragen.id, q.id)).get()!.status).toBe(
      "besproken",
    );
  });

  it("builds a programme: add, reorder, remove", async () => {
    const { client } = await signedIn(app, { role: "projectleider" });
    // 13:00–16:00 in Amsterdam a week from now, so "13:30" lies within the meeting.
    const day = toAmsterdamInputs(new Date(Date.now() + 7 * 86_400_000)).date;
    const startsAt = fromAmsterdamInputs(day, "13:00")!;
    const meeting = createBijeenkomst({ startsAt, endsAt: fromAmsterdamInputs(day, "16:00")! });
    await client.post(`/bijeenkomsten/${meeting.id}`, {
      intent: "agendapunt-toevoegen",
      time: "13:30",
      title: "Welkom",
    });
    await client.post(`/bijeenkomsten/${meeting.id}`, {
      intent: "agendapunt-toevoegen",
      time: "",
      title: "Casus",
    });
    const badTime = await client.post(`/bijeenkomsten/${meeting.id}`, {
      intent: "agendapunt-toevoegen",
      time: "25:00",
      title: "X",
    });
    expect(badTime.status).toBe(400);
    let html = await (await client.get(`/bijeenkomsten/${meeting.id}`)).text();
    expect(html.indexOf("Welkom")).toBeLessThan(html.indexOf("Casus"));
    const casusId = html
      .match(/name="agendapuntId" value="(\d+)"/g)!
      .map((m) => m.match(/\d+/)![0])
      .at(-1)!;
    await client.post(`/bijeenkomsten/${meeting.id}`, {
      intent: "agendapunt-verplaatsen",
      agendapuntId: casusId,
      direction: "omhoog",
    });
    html = await (await client.get(`/bijeenkomsten/${meeting.id}`)).text();
    expect(html.indexOf("Casus")).toBeLessThan(html.indexOf("Welkom"));
    expect(
      (
        await client.post(`/bijeenkomsten/${meeting.id}`, {
          intent: "agendapunt-verwijderen",
          agendapuntId: casusId,
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await client.post(`/bijeenkomsten/${meeting.id}`, {
          intent: "agendapunt-verwijderen",
          agendapuntId: casusId,
        })
      ).status,
    ).toBe(404);
  });

  it("answers 404 for a meeting that does not exist or an invalid id", async () => {
    const { client } = await signedIn(app, { role: "deelnemer" });
    expect((await client.get("/bijeenkomsten/99999")).status).toBe(404);
    const html = await (await client.get("/bijeenkomsten/abc")).text();
    expect(html).toContain("Pagina niet gevonden");
  });
});

describe("meetings in the past", () => {
  const day = 86_400_000;
  // Dates relative to now, as the form takes them (Amsterdam wall clock), so this holds any day.
  const dateIn = (days: number) => toAmsterdamInputs(new Date(Date.now() + days * day)).date;
  const hostingOf = (hostId: number) =>
    rotationOverview().history.find((h) => h.id === hostId)!.count;

  it("refuses planning a meeting in the past, beside the date", async () => {
    const { client } = await signedIn(app, { role: "projectleider" });
    const host = createOrganisation({ circle: 1 });
    for (const date of ["2020-01-01", dateIn(-2)]) {
      const response = await client.post(
        "/agenda/nieuw?soort=intervisie",
        intervisionForm(host.id, { date }),
      );
      expect(response.status).toBe(400);
      expect(await response.text()).toContain("Deze bijeenkomst ligt helemaal in het verleden.");
    }
    expect(
      getDb()
        .select()
        .from(bijeenkomsten)
        .where(eq(bijeenkomsten.hostOrganisationId, host.id))
        .all(),
    ).toEqual([]);
    expect(hostingOf(host.id)).toBe(0);
  });

  it("records a meeting already held, which counts in the rotation; a past one never held does not", async () => {
    const { client } = await signedIn(app, { role: "projectleider" });
    const host = createOrganisation({ circle: 1 });
    // A planned session whose time passed without being held (old data): not hosting.
    createBijeenkomst({
      hostOrganisationId: host.id,
      startsAt: new Date(Date.now() - 30 * day),
    });
    expect(hostingOf(host.id)).toBe(0);

    const future = await client.post(
      "/agenda/nieuw?soort=intervisie",
      intervisionForm(host.id, { date: dateIn(5), alGehouden: "on" }),
    );
    expect(future.status).toBe(400);
    expect(await future.text()).toContain(
      "Een bijeenkomst die nog moet beginnen, is niet al gehouden.",
    );

    const response = await client.post(
      "/agenda/nieuw?soort=intervisie",
      intervisionForm(host.id, { date: dateIn(-7), alGehouden: "on" }),
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toMatch(/\?vastgelegd=1$/);
    const id = Number(response.headers.get("Location")!.match(/\/bijeenkomsten\/(\d+)/)![1]);
    expect(meetingOf(id).status).toBe("gehouden");
    expect(hostingOf(host.id)).toBe(1);
    const page = await (await client.get(response.headers.get("Location")!)).text();
    expect(page).toContain("De bijeenkomst is vastgelegd als gehouden.");
  });

  it("uses the given now for the rotation", () => {
    const host = createOrganisation({ circle: 1 });
    const startsAt = new Date(Date.now() + 10 * day);
    createBijeenkomst({ hostOrganisationId: host.id, startsAt });
    const count = (now: Date) => rotationOverview(now).history.find((h) => h.id === host.id)!.count;
    // Still to come: the turn is taken. Once its time has passed unheld, it no longer counts.
    expect(count(new Date(startsAt.getTime() - day))).toBe(1);
    expect(count(new Date(startsAt.getTime() + day))).toBe(0);
  });

  it("does not let an edit move a meeting into the past", async () => {
    const { client } = await signedIn(app, { role: "projectleider" });
    const meeting = createBijeenkomst();
    const response = await client.post(`/bijeenkomsten/${meeting.id}/bewerken`, {
      ...intervisionForm(meeting.hostOrganisationId!, { date: dateIn(-3) }),
      title: meeting.title,
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(
      "Een bijeenkomst kan niet naar het verleden worden verplaatst.",
    );
    expect(meetingOf(meeting.id).startsAt).toEqual(meeting.startsAt);
  });

  it("flags programme items that fall outside the meeting's time after an edit", async () => {
    const { client } = await signedIn(app, { role: "projectleider" });
    const host = createOrganisation({ circle: 1 });
    const date = dateIn(14);
    const planned = await client.post(
      "/agenda/nieuw?soort=intervisie",
      intervisionForm(host.id, { date }),
    );
    const location = planned.headers.get("Location")!;
    const id = Number(location.match(/\/bijeenkomsten\/(\d+)/)![1]);
    for (const [time, title] of [
      ["13:30", "Welkom"],
      ["15:00", "Casus van de gastgemeente"],
    ] as const) {
      await client.post(`/bijeenkomsten/${id}`, { intent: "agendapunt-toevoegen", time, title });
    }
    const before = await (await client.get(`/bijeenkomsten/${id}`)).text();
    expect(before).not.toContain("buiten de tijd van de bijeenkomst");

    const edited = await client.post(`/bijeenkomsten/${id}/bewerken`, {
      ...intervisionForm(host.id, { date, startTime: "09:00", endTime: "14:00" }),
    });
    expect(edited.status).toBe(302);
    const page = await (await client.get(`/bijeenkomsten/${id}`)).text();
    expect(page).toContain(
      "Let op: deze programmaonderdelen vallen buiten de tijd van de bijeenkomst (09:00–14:00).",
    );
    expect(page).toContain("15:00 Casus van de gastgemeente");
    expect(page).not.toContain("13:30 Welkom");
    const form = await (await client.get(`/bijeenkomsten/${id}/bewerken`)).text();
    expect(form).toContain("15:00 Casus van de gastgemeente");
  });
});

describe("RSVP and attendance", () => {
  it("puts people on a waiting list beyond the capacity and moves them up when a place frees", async () => {
    const meeting = createBijeenkomst({ capacity: 2 });
    const people = await Promise.all([1, 2, 3].map(() => signedIn(app, { role: "medewerker" })));
    for (const p of people) {
      expect(
        (await p.client.post(`/bijeenkomsten/${meeting.id}`, { intent: "rsvp", response: "ja" }))
          .status,
      ).toBe(200);
    }
    const row = (userId: number) =>
      getDb().select().from(deelnames).where(eq(deelnames.userId, userId)).get()!;
    expect(row(people[2]!.user.id).waitlisted).toBe(true);
    expect(await (await people[2]!.client.get(`/bijeenkomsten/${meeting.id}`)).text()).toContain(
      "wachtlijst",
    );
    await people[0]!.client.post(`/bijeenkomsten/${meeting.id}`, {
      intent: "rsvp",
      response: "nee",
    });
    expect(row(people[2]!.user.id).waitlisted).toBe(false);
    expect(row(people[0]!.user.id)).toMatchObject({ response: "nee", waitlisted: false });
  });

  it("refuses an unknown answer and answers on a cancelled meeting", async () => {
    const { client } = await signedIn(app, { role: "medewerker" });
    const meeting = createBijeenkomst();
    expect(
      (await client.post(`/bijeenkomsten/${meeting.id}`, { intent: "rsvp", response: "wellicht" }))
        .status,
    ).toBe(400);
    const cancelled = createBijeenkomst({ status: "geannuleerd" });
    expect(
      (await client.post(`/bijeenkomsten/${cancelled.id}`, { intent: "rsvp", response: "ja" }))
        .status,
    ).toBe(409);
  });

  it("keeps second-circle municipalities to theme meetings", async () => {
    const { client } = await signedIn(app, {
      role: "deelnemer",
      organisationId: createOrganisation({ circle: 2 }).id,
    });
    const intervision = createBijeenkomst();
    expect(
      (await client.post(`/bijeenkomsten/${intervision.id}`, { intent: "rsvp", response: "ja" }))
        .status,
    ).toBe(403);
    const theme = createBijeenkomst({ kind: "thema" });
    expect(
      (await client.post(`/bijeenkomsten/${theme.id}`, { intent: "rsvp", response: "ja" })).status,
    ).toBe(200);
  });

  it("lets the leader record attendance", async () => {
    const meeting = createBijeenkomst({ startsAt: new Date(Date.now() - 3_600_000) });
    const a = await signedIn(app, { role: "medewerker" });
    const b = await signedIn(app, { role: "medewerker" });
    await a.client.post(`/bijeenkomsten/${meeting.id}`, { intent: "rsvp", response: "ja" });
    await b.client.post(`/bijeenkomsten/${meeting.id}`, { intent: "rsvp", response: "ja" });
    const { client } = await signedIn(app, { role: "projectleider" });
    expect(
      (
        await client.post(`/bijeenkomsten/${meeting.id}`, {
          intent: "aanwezigheid",
          present: String(a.user.id),
        })
      ).status,
    ).toBe(200);
    const rows = getDb()
      .select()
      .from(deelnames)
      .where(eq(deelnames.bijeenkomstId, meeting.id))
      .all();
    expect(rows.find((r) => r.userId === a.user.id)!.attended).toBe(true);
    expect(rows.find((r) => r.userId === b.user.id)!.attended).toBe(false);
    expect(
      (
        await a.client.post(`/bijeenkomsten/${meeting.id}`, {
          intent: "aanwezigheid",
          present: String(a.user.id),
        })
      ).status,
    ).toBe(403);
  });
});
