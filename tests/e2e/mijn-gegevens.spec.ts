import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { expectAccessible, login, waitForMail } from "./helpers.ts";

// AVG: a person sees and downloads their data, asks for erasure, and a beheerder erases them.
// The person is a new account (invited here), so every other spec keeps its demo accounts.
const EMAIL = "wis.mij@leerkring.test";
const PASSWORD = "mijn gegevens zijn van mij";

test("a person downloads their data; a beheerder erases them after confirming", async ({
  page,
  browser,
}) => {
  await login(page, "beheerder@leerkring.test");
  await page.goto("/beheer/uitnodigingen");
  await page.getByLabel("E-mailadres").fill(EMAIL);
  await page
    .getByLabel("Organisatie", { exact: true })
    .selectOption({ label: "Programma Sociaal Domein (VNG en VWS)" });
  await page.getByLabel("Rol", { exact: true }).selectOption({ label: "Projectleider" });
  await page.getByRole("button", { name: "Uitnodiging maken" }).click();
  const mail = await waitForMail((m) => JSON.stringify(m.to).includes(EMAIL));
  const link = /https?:\/\/\S+\/uitnodiging\/[a-z2-7]{32}/.exec(mail.text ?? "")?.[0];
  expect(link).toBeDefined();

  const context = await browser.newContext();
  const person = await context.newPage();
  await person.goto(new URL(link!).pathname);
  await person.getByLabel("Naam").fill("Wiebe Wismij");
  await person.getByLabel("Nieuw wachtwoord").fill(PASSWORD);
  await person.getByLabel("Herhaal het nieuwe wachtwoord").fill(PASSWORD);
  await person.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(person.getByRole("heading", { level: 1 })).toHaveText("Welkom, Wiebe Wismij");

  // From the account page to the person's data, readable and downloadable.
  await person.getByRole("link", { name: "Mijn account" }).click();
  await person
    .getByRole("link", { name: "Mijn gegevens bekijken, downloaden of laten verwijderen" })
    .click();
  await expect(person.getByRole("heading", { level: 1 })).toHaveText("Mijn gegevens");
  await expect(person.getByRole("heading", { name: "Sessies" })).toBeVisible();
  await expect(person.getByText(EMAIL).first()).toBeVisible();
  await expectAccessible(person);
  const downloading = person.waitForEvent("download");
  await person.getByRole("link", { name: "Download mijn gegevens (JSON)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^leerkring-mijn-gegevens-.*\.json$/);
  const data = JSON.parse(fs.readFileSync((await download.path())!, "utf8"));
  expect(data.profiel).toMatchObject({ naam: "Wiebe Wismij", email: EMAIL });

  // The person asks for erasure; the beheerder carries it out after confirming.
  await person.getByRole("button", { name: "Vraag verwijdering aan" }).click();
  await expect(person.getByText("Uw verzoek is ontvangen.")).toBeVisible();

  await page.goto("/beheer/verwijderverzoeken");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Account van Wiebe Wismij verwijderen" }).click();
  await expect(page.getByRole("heading", { name: "Weet u het zeker?" })).toBeVisible();
  await page.getByRole("button", { name: "Ja, verwijder het account van Wiebe Wismij" }).click();
  await expect(page.getByText("Het account en de persoonsgegevens zijn verwijderd.")).toBeVisible();
  await expect(page.getByText("Er zijn geen open verwijderverzoeken.")).toBeVisible();
  await page.goto("/beheer/accounts");
  await expect(page.getByText("Wiebe Wismij")).toHaveCount(0);

  // The erased person's browser is signed out.
  await person.goto("/account");
  await expect(person).toHaveURL(/\/inloggen/);
  await context.close();
});
