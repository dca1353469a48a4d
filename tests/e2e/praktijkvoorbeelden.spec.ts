import { expect, test } from "@playwright/test";
import { expectAccessible, login } from "./helpers.ts";

// A practice example: a staff member starts one from the follow-up page of the held start
// meeting, writes it, publishes it, and a visitor without an account reads it.

const run = Date.now().toString(36);
const title = `Wijkagenda van bewoners ${run}`;

test("a practice example from a held meeting's follow-up reaches visitors", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await login(page, "medewerker@leerkring.test");

  // From the demo's published example to the meeting it came from, and its follow-up page.
  await page.goto("/praktijkvoorbeelden");
  await page
    .getByRole("link", { name: "Een buurtkamer als gedeelde plek in Hilversum-Oost" })
    .click();
  await page.getByRole("link", { name: "Startbijeenkomst: de keuze van de thema's" }).click();
  await page.getByRole("link", { name: /^Opvolging/ }).click();
  await expectAccessible(page);
  await page
    .getByRole("link", { name: "Praktijkvoorbeeld schrijven bij deze bijeenkomst" })
    .click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Praktijkvoorbeeld schrijven");
  await expect(page.getByLabel("Themabijeenkomst")).toHaveValue(/\d+/);
  await page.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(page.getByText("Vul dit veld in.").first()).toBeVisible();
  await page.getByLabel("Gemeente").selectOption({ label: "Gemeente Haarlem" });
  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("Thema", { exact: true }).selectOption({ label: "Inwoners betrekken" });
  await page.getByLabel("Korte samenvatting").fill("Bewoners kiezen elk jaar drie opgaven.");
  await page
    .getByLabel("Tekst", { exact: true })
    .fill("Zo begon het.\n\nEn zo kregen bewoners de regie over hun wijk.");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(page.getByText("Het concept is opgeslagen.")).toBeVisible();
  await expect(page.getByText("Dit is een concept")).toBeVisible();
  await page.getByRole("button", { name: "Publiceren" }).click();
  await expect(page.getByText("Het praktijkvoorbeeld is gepubliceerd.")).toBeVisible();

  // A visitor finds it in the list, filtered by its theme, and reads it.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/praktijkvoorbeelden");
  await visitor.getByLabel("Thema", { exact: true }).selectOption({ label: "Inwoners betrekken" });
  await visitor.getByRole("button", { name: "Filteren" }).click();
  await expectAccessible(visitor);
  await visitor.getByRole("link", { name: title }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(visitor.getByText("En zo kregen bewoners de regie over hun wijk.")).toBeVisible();
  await expect(visitor.getByRole("button", { name: "Publiceren" })).toHaveCount(0);
  await expect(visitor.getByRole("link", { name: "PDF" })).toBeVisible();
  await expectAccessible(visitor);
});
