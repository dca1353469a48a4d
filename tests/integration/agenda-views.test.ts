import ical, { type VEvent } from "node-ical";
import { describe, expect, it } from "vitest";
import { toAmsterdamInputs } from "#shared/time.ts";
import { createBijeenkomst, createOrganisation, createThema } from "#tests/factories.ts";
import { Client, signedIn, startTestApp } from "#tests/setup/http.ts";

// The month and week views of /agenda, its filters, and the same filters on the personal feed.

const app = startTestApp();

/** The HTML of the day cell for `day` (data-dag), up to the next cell. */
function cell(html: string, day: string): string {
  const start = html.indexOf(`data-dag="${day}"`);
  expect(start, `cell ${day}`).toBeGreaterThan(-1);
  const end = html.indexOf("<td", start);
  return html.slice(start, end === -1 ? undefined : end);
}

describe("agenda month and week views", () => {
  it("puts a meeting in its day's cell of the month, as a link", async () => {
    const { client } = await signedIn(app, { role: "deelnemer" });
    const meeting = createBijeenkomst({
      kind: "thema",
      title: "Maandweergave Test",
      // 23:30 in Amsterdam on 12 March: the Amsterdam day counts, not the UTC one.
      startsAt: new Date("2031-03-12T22:30:00Z"),
      endsAt: new Date("2031-03-12T22:45:00Z"),
    });
    const html = await (await client.get("/agenda?weergave=maand&maand=2031-03")).text();
    expect(html).toMatch(/<caption[^>]*>maart 2031<\/caption>/);
    expect(html.match(/<th scope="col"/g)).toHaveLength(7);
    expect(cell(html, "2031-03-12")).toContain(`href="/bijeenkomsten/${meeting.id}"`);
    expect(cell(html, "2031-03-13")).not.toContain("Maandweergave Test");
    expect(html).toContain('href="/agenda?weergave=maand&amp;maand=2031-02"');
    expect(html).toContain('href="/agenda?weergave=maand&amp;maand=2031-04"');
  });

  it("has a cell for every day of every month of the year", async () => {
    const { client } = await signedIn(app, { role: "deelnemer" });
    const lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    for (const [i, days] of lengths.entries()) {
      const month = `2032-${String(i + 1).padStart(2, "0")}`;
      const html = await (await client.get(`/agenda?weergave=maand&maand=${month}`)).text();
      expect(html.match(/data-dag="/g), month).toHaveLength(days);
      expect(html).toContain(`data-dag="${month}-${String(days).padStart(2, "0")}"`);
    }
  });

  it("marks today, from the request's time, in the month and the week", async () => {
    const { client } = await signedIn(app, { role: "deelnemer" });
    const today = toAmsterdamInputs(new Date()).date;
    for (const view of ["maand", "week"]) {
      const html = await (await client.get(`/agenda?weergave=${view}`)).text();
      expect(html, view).toMatch(new RegExp(`<td aria-current="date"[^>]*data-dag="${today}"`));
      expect(html.match(/aria-current="date"/g), view).toHaveLength(1);
    }
  });

  it("shows a week from Monday with its meetings, and moves by a week", async () => {
    const { client } = await signedIn(app, { role: "projectleider" });
    const meeting = createBijeenkomst({
      kind: "intervisie",
      title: "Weekweergave Test",
      startsAt: new Date("2031-03-13T12:30:00Z"),
      endsAt: new Date("2031-03-13T15:30:00Z"),
    });
    const html = await (await client.get("/agenda?weergave=week&week=2031-03-12")).text();
    expect(html.match(/data-dag="/g)).toHaveLength(7);
    expect(html).toContain('data-dag="2031-03-10"');
    expect(cell(html, "2031-03-13")).toContain(`href="/bijeenkomsten/${meeting.id}"`);
    expect(html).toContain('href="/agenda?weergave=week&amp;week=2031-03-03"');
    expect(html).toContain('href="/agenda?weergave=week&amp;week=2031-03-17"');
  });

  it("answers nonsense in the view's parameters with this month, never a 500", async () => {
    const { client } = await signedIn(app, { role: "deelnemer" });
    for (const query of [
      "weergave=maand&maand=2031-13",
      "weergave=week&week=gisteren",
      "weergave=jaar",
    ]) {
      expect((await client.get(`/agenda?${query}`)).status, query).toBe(200);
    }
  });

  it("filters by kind, circle, theme and municipality, in the views and the list", async () => {
    const { client } = await signedIn(app, { role: "projectleider" });
    const thema = createThema();
    const host = createOrganisation({ circle: 1 });
    const themeMeeting = createBijeenkomst({
      kind: "thema",
      themaId: thema.id,
      title: "Filter Thema",
      startsAt: new Date("2031-05-06T12:30:00Z"),
      endsAt: new Date("2031-05-06T15:30:00Z"),
    });
    const session = createBijeenkomst({
      kind: "intervisie",
      hostOrganisationId: host.id,
      title: "Filter Intervisie",
      startsAt: new Date("2031-05-07T12:30:00Z"),
      endsAt: new Date("2031-05-07T15:30:00Z"),
    });
    const month = (filter: string) =>
      client.get(`/agenda?weergave=maand&maand=2031-05&${filter}`).then((r) => r.text());
    const shows = (html: string) => ({
      thema: html.includes(`/bijeenkomsten/${themeMeeting.id}"`),
      intervisie: html.includes(`/bijeenkomsten/${session.id}"`),
    });
    expect(shows(await month(""))).toEqual({ thema: true, intervisie: true });
    expect(shows(await month("soort=intervisie"))).toEqual({ thema: false, intervisie: true });
    expect(shows(await month("kring=2"))).toEqual({ thema: true, intervisie: false });
    expect(shows(await month(`thema=${thema.slug}`))).toEqual({ thema: true, intervisie: false });
    expect(shows(await month(`gemeente=${host.slug}`))).toEqual({ thema: false, intervisie: true });
    expect(shows(await month("soort=onzin&kring=9"))).toEqual({ thema: true, intervisie: true });
    const list = await (await client.get(`/agenda?gemeente=${host.slug}`)).text();
    expect(shows(list)).toEqual({ thema: false, intervisie: true });
    // The filter form keeps the chosen values.
    expect(await month("soort=intervisie")).toMatch(/<option value="intervisie" selected/);
  });

  it("gives the personal feed the same filters", async () => {
    const { client } = await signedIn(app, { role: "projectleider" });
    const host = createOrganisation({ circle: 1 });
    const session = createBijeenkomst({
      kind: "intervisie",
      hostOrganisationId: host.id,
      title: "Feed Intervisie",
      startsAt: new Date("2031-06-03T12:30:00Z"),
      endsAt: new Date("2031-06-03T15:30:00Z"),
    });
    createBijeenkomst({
      kind: "thema",
      title: "Feed Thema",
      startsAt: new Date("2031-06-04T12:30:00Z"),
      endsAt: new Date("2031-06-04T15:30:00Z"),
    });
    const html = await (await client.post("/agenda", { intent: "feed-maken" })).text();
    const token = html.match(/token=([a-z2-7]{32})/)![1];
    const feed = async (filter: string) => {
      const response = await new Client(app).get(`/agenda.ics?token=${token}${filter}`);
      expect(response.status).toBe(200);
      return Object.values(ical.sync.parseICS(await response.text()))
        .filter((c): c is VEvent => c?.type === "VEVENT")
        .map((e) => e.summary);
    };
    expect(await feed("")).toEqual(expect.arrayContaining(["Feed Intervisie", "Feed Thema"]));
    expect(await feed(`&gemeente=${host.slug}`)).toEqual(["Feed Intervisie"]);
    const themes = await feed("&soort=thema");
    expect(themes).toContain("Feed Thema");
    expect(themes).not.toContain("Feed Intervisie");
    expect(session.id).toBeGreaterThan(0);
  });
});
