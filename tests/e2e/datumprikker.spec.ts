import { expect, test } from "@playwright/test";
import { expectAccessible, login } from "./helpers.ts";

// A date poll before an intervision session's date is fixed: the project leader plans a session
// hosted by Hilversum and opens a poll with two moments, a member of Hilversum answers on the
// grid, and the project leader makes the best moment the session's date. The dates lie far
// ahead of the day the walk runs, so it holds on any day and on the demo database again.

const day = (days: number) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(
    new Date(Date.now() + days * 86_400_000),
  );
const spoken = (days: number) =>
  new Intl.DateTimeFormat("nl-NL", {
    timeZone: "Europe/Amsterdam",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(new Date(Date.now() + days * 86_400_000));

test("a project leader polls for a date, a host member answers, the date is fixed", async ({
  page,
}) => {
  const title = `Intervisie met datumprikker ${Date.now().toString(36)}`;
  await login(page, "projectleider@leerkring.test");
  await page.goto("/agenda/nieuw?soort=intervisie");
  await page.getByLabel("Titel").fill(title);
  await page
    .getByLabel("Gastgemeente", { exact: true })
    .selectOption({ label: "Gemeente Hilversum" });
  await page.getByLabel("Datum").fill(day(300));
  await page.getByLabel("Begintijd").fill("13:30");
  await page.getByLabel("Eindtijd").fill("16:30");
  await page.getByLabel("Locatie").fill("Raadzaal Hilversum");
  await page.getByRole("button", { name: "Bijeenkomst plannen" }).click();
  await expect(page.getByText("De bijeenkomst is gepland.")).toBeVisible();
  const meetingUrl = page.url().replace(/\?.*$/, "");

  await page.getByRole("link", { name: "Datumprikker" }).click();
  await expect(page.getByRole("heading", { name: "Wie wordt gevraagd" })).toBeVisible();
  await expect(page.getByText("Lotte Vermeulen (Gemeente Hilversum)")).toBeVisible();
  await expectAccessible(page);
  const first = page.getByRole("group", { name: "Moment 1" });
  await first.getByLabel("Datum").fill(day(310));
  await first.getByLabel("Begintijd").fill("13:30");
  const second = page.getByRole("group", { name: "Moment 2" });
  await second.getByLabel("Datum").fill(day(317));
  await second.getByLabel("Begintijd").fill("10:00");
  await page.getByLabel("Deadline (datum)").fill(day(305));
  await page.getByRole("button", { name: "Datumprikker versturen" }).click();
  await expect(page.getByText("De datumprikker is verstuurd.")).toBeVisible();
  const pollUrl = page.url().replace(/\?.*$/, "");

  await login(page, "deelnemer@leerkring.test");
  await page.goto(pollUrl);
  const moment = (n: 0 | 1) =>
    page.getByRole("group", { name: new RegExp(`Jouw antwoord voor .*${spoken([310, 317][n]!)}`) });
  await moment(0).getByLabel("als het moet").check();
  await moment(1).getByLabel("ja", { exact: true }).check();
  await page.getByRole("button", { name: "Antwoorden opslaan" }).click();
  await expect(page.getByText("Je antwoorden zijn opgeslagen.")).toBeVisible();
  await expect(moment(1).getByLabel("ja", { exact: true })).toBeChecked();
  await expectAccessible(page);

  await login(page, "projectleider@leerkring.test");
  await page.goto(pollUrl);
  await expect(
    page.getByRole("cell", { name: /1 ja, 0 als het moet, 0 nee \(score 1\) — beste/ }),
  ).toBeVisible();
  await expect(
    page.getByRole("cell", { name: /0 ja, 1 als het moet, 0 nee \(score 0,5\)/ }),
  ).toBeVisible();
  await expectAccessible(page);
  const choose = page.locator("section", {
    has: page.getByRole("heading", { name: "Datum kiezen" }),
  });
  await choose.getByLabel(new RegExp(spoken(317))).check();
  await choose.getByRole("button", { name: "Maak dit de datum" }).click();
  await expect(page).toHaveURL(new RegExp(`${meetingUrl}\\?gewijzigd=1`));
  await expect(page.getByText("De wijzigingen zijn opgeslagen.")).toBeVisible();
  await expect(page.getByText(new RegExp(`${spoken(317)}.*10:00`)).first()).toBeVisible();

  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(pollUrl);
  await expect(page.getByText(/Gekozen: .*Dit is nu de datum van de bijeenkomst/)).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page);
});
