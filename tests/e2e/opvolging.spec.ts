import { expect, test, type Browser, type Page } from "@playwright/test";
import { essayOf, expectAccessible, login } from "./helpers.ts";

// Follow-up after a theme meeting: a project leader marks it held, an attendee is asked for the
// harvest and fills it in, the project leader agrees on an action item, and a writer sees the
// harvest beside the essay's editor.

const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());
const run = Date.now().toString(36);
const title = `Oogst ${run}`;

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await login(page, email);
  return page;
}

test("an attendee's harvest reaches the essay's writers", async ({ browser }) => {
  const leader = await as(browser, "projectleider@leerkring.test");
  await leader.goto("/agenda/nieuw?soort=thema");
  await leader.getByLabel("Titel").fill(title);
  await leader.getByLabel("Thema", { exact: true }).selectOption({ label: "Inwoners betrekken" });
  await leader.getByLabel("Datum").fill(today);
  await leader.getByLabel("Begintijd").fill("00:00");
  await leader.getByLabel("Eindtijd").fill("23:59");
  await leader.getByLabel("Locatie").fill("Haarlem");
  await leader.getByRole("button", { name: "Bijeenkomst plannen" }).click();
  await expect(leader.getByRole("heading", { level: 1 })).toHaveText(title);
  const meetingUrl = leader.url();

  // An attendee says she comes; then the project leader marks the meeting held.
  const fatima = await as(browser, "fatima.ouali@leerkring.test");
  await fatima.goto(meetingUrl);
  await fatima.getByRole("button", { name: "Ja, ik kom" }).click();
  await expect(fatima.getByText("Je antwoord is opgeslagen.")).toBeVisible();
  await leader.reload();
  await leader.getByRole("button", { name: "Markeren als gehouden" }).click();
  await expect(leader.getByText("Deze bijeenkomst is gehouden.")).toBeVisible();

  // Her dashboard asks for the harvest; she fills it in.
  await fatima.goto("/");
  await fatima.getByRole("link", { name: `Vul je oogst in: ${title}` }).click();
  await expect(fatima.getByRole("heading", { level: 2, name: "Oogst" })).toBeVisible();
  await fatima.getByRole("button", { name: "Oogst opslaan" }).click();
  await expect(fatima.getByText("Beantwoord minstens één van de drie vragen.")).toBeVisible();
  await fatima.getByLabel("Wat heb je geleerd?").fill(`Bewoners maken de agenda ${run}.`);
  await fatima.getByLabel("Welke vraag bleef liggen?").fill("Hoe houden we dat vol?");
  await fatima.getByRole("button", { name: "Oogst opslaan" }).click();
  await expect(fatima.getByText("Je oogst is opgeslagen. Dank je wel!")).toBeVisible();
  await expect(fatima.getByLabel("Wat heb je geleerd?")).toHaveValue(
    `Bewoners maken de agenda ${run}.`,
  );
  await expectAccessible(fatima);

  // The project leader gives her an action item on the follow-up page.
  await leader.getByRole("link", { name: /^Opvolging/ }).click();
  await leader.getByLabel("Wat moet er gebeuren?").fill(`Wijktafel plannen ${run}`);
  await leader
    .getByLabel("Wie pakt het op?")
    .selectOption({ label: "Fatima Ouali (Gemeente Haarlem)" });
  await leader.getByLabel("Uiterlijk op").fill(today);
  await leader.getByRole("button", { name: "Toevoegen" }).click();
  await expect(leader.getByText("De vervolgactie is toegevoegd.")).toBeVisible();
  await expect(
    leader.getByRole("table", { name: "Vervolgacties" }).getByRole("row", { name: /Wijktafel/ }),
  ).toContainText("Fatima Ouali");
  await expectAccessible(leader);

  // A writer sees her answer beside the editor, with her name.
  const writer = await as(browser, "medewerker@leerkring.test");
  await essayOf(writer, title).click();
  const harvest = writer.getByRole("complementary", { name: "Oogst van de deelnemers" });
  await expect(harvest).toContainText(`Bewoners maken de agenda ${run}.`);
  await expect(harvest.getByRole("heading", { name: "Fatima Ouali" })).toBeVisible();
  await expectAccessible(writer);
});
