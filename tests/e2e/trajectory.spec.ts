import { expect, test } from "@playwright/test";
import { expectAccessible, login } from "./helpers.ts";

// Today's date in Amsterdam, for a session that has already begun (so it can be marked held).
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());

test("a project leader plans an intervision session in rotation, a member comes, it is held", async ({
  page,
  browser,
}) => {
  await login(page, "projectleider@leerkring.test");
  await page
    .getByRole("navigation", { name: "Hoofdmenu" })
    .getByRole("link", { name: "Agenda" })
    .click();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Intervisiebijeenkomst plannen" }).click();

  // The rotation proposes the municipality that hosted least and longest ago; it is preselected.
  const proposal = page.getByText(/^Voorstel: /);
  await expect(proposal).toBeVisible();
  const proposed = (await proposal.textContent())!.match(/Voorstel: (Gemeente [^.]+)\./)![1]!;
  await expect(page.getByLabel("Gastgemeente", { exact: true })).toHaveValue(/\d+/);
  expect(
    await page.getByLabel("Gastgemeente", { exact: true }).locator("option:checked").textContent(),
  ).toBe(proposed);
  await expect(page.getByRole("table", { name: /gastheer was/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Titel").fill("Intervisie bij de gastgemeente");
  await page.getByLabel("Datum").fill(today);
  await page.getByLabel("Begintijd").fill("00:00");
  await page.getByLabel("Eindtijd").fill("23:59");
  await page.getByLabel("Locatie").fill("Raadzaal");
  await page.getByRole("button", { name: "Bijeenkomst plannen" }).click();
  await expect(page.getByText("De bijeenkomst is gepland.")).toBeVisible();
  await expect(page.getByText(proposed).first()).toBeVisible();
  const meetingUrl = page.url();

  for (const [title, gemeente] of [
    ["Inwoners die we nu niet bereiken", "Gemeente Amstelveen"],
    ["Steunstructuren in kleine kernen", "Gemeente Zuidwest-Friesland"],
  ]) {
    await page
      .getByLabel("Leervraag die op de agenda komt")
      .selectOption({ label: `${title} (${gemeente})` });
    await page.getByRole("button", { name: "Op de agenda zetten" }).click();
    await expect(page.getByRole("link", { name: title! })).toBeVisible();
  }
  await expectAccessible(page);

  // A member of a first-circle municipality says she comes and adds it to her calendar.
  const context = await browser.newContext();
  const member = await context.newPage();
  await login(member, "deelnemer@leerkring.test");
  await member.goto(meetingUrl);
  await member.getByRole("button", { name: "Ja, ik kom" }).click();
  await expect(member.getByText("Je antwoord is opgeslagen.")).toBeVisible();
  await expect(member.getByText("Jouw antwoord: ja.")).toBeVisible();
  const [download] = await Promise.all([
    member.waitForEvent("download"),
    member.getByRole("link", { name: "Zet in mijn agenda (.ics)" }).click(),
  ]);
  const ics = await (
    await download.createReadStream()
  )
    .toArray()
    .then((chunks) => Buffer.concat(chunks).toString("utf8"));
  expect(ics).toContain("BEGIN:VCALENDAR");
  expect(ics).toContain("SUMMARY:Intervisie bij de gastgemeente");
  await expectAccessible(member);
  await context.close();

  // The leader marks the session held and records the outcome of a question.
  await page.reload();
  await page.getByRole("button", { name: "Markeren als gehouden" }).click();
  await expect(page.getByText("Deze bijeenkomst is gehouden.")).toBeVisible();
  await page.getByRole("link", { name: "Inwoners die we nu niet bereiken" }).click();
  await expect(page.getByText("Besproken", { exact: true })).toBeVisible();
  await page
    .getByLabel("Uitkomst van de bespreking")
    .fill("Samen met de ouderenbond een proef met huisbezoeken.");
  await page
    .getByRole("textbox", { name: "Opvolging" })
    .fill("Terugkoppeling op de volgende intervisie.");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("De uitkomst is opgeslagen.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Uitkomst", exact: true })).toBeVisible();
  await expectAccessible(page);
});

test("a member submits a learning question and sees where it is", async ({ page }) => {
  await login(page, "daan.smit@leerkring.test");
  await page.goto("/leervragen/nieuw");
  await page.getByRole("button", { name: "Leervraag indienen" }).click();
  await expect(page.getByText("Vul dit veld in.").first()).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Titel").fill("Jongeren in de buurtkamer");
  await page
    .getByLabel("Leervraag", { exact: true })
    .fill("Hoe betrekken we jongeren bij de buurtkamer?");
  await page.getByLabel("Casus").fill("De buurtkamer trekt vooral ouderen.");
  await page.getByLabel("Thema", { exact: true }).selectOption({ label: "Inwoners betrekken" });
  await page.getByRole("button", { name: "Leervraag indienen" }).click();
  await expect(page.getByText("Je leervraag is ingediend.")).toBeVisible();
  await expect(page.getByText("Ingediend", { exact: true }).first()).toBeVisible();
  await page.getByLabel("Je reactie").fill("Wie heeft hier ervaring mee?");
  await page.getByRole("button", { name: "Reactie plaatsen" }).click();
  await expect(page.getByText("Wie heeft hier ervaring mee?")).toBeVisible();
  await expectAccessible(page);
});

test("the casework, municipality and theme pages are readable and accessible", async ({ page }) => {
  await login(page, "eva.visser@leerkring.test");
  await page.goto("/aan-de-slag");
  await expect(page.getByRole("heading", { name: "Wie is waar actief?" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Samen sterker in Hilversum-Oost" }).click();
  await page
    .getByLabel("Wat is er gebeurd of afgesproken?")
    .fill("Tweede gesprek met de buurtkamer.");
  await page.getByRole("button", { name: "Toevoegen aan het logboek" }).click();
  await expect(page.getByText("Tweede gesprek met de buurtkamer.")).toBeVisible();
  await expectAccessible(page);
  await page.goto("/gemeenten");
  await expect(page.getByRole("heading", { name: /Eerste leerkring \(13\)/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Gemeente Hilversum" }).click();
  await expect(page.getByText(/^Brede opvatting:/)).toBeVisible();
  await expectAccessible(page);
  await page.goto("/themas");
  await expectAccessible(page);
  await page.goto("/agenda/nieuw");
  expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Geen toegang");
});
