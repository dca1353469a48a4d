import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { pdfWith } from "#tests/fixtures/files.ts";
import { expectAccessible, login } from "./helpers.ts";

// A municipality attaches its case description (a real PDF) to its own learning question, sees it
// listed with type, size and who, and downloads it again, byte for byte.
test("attach a PDF to a learning question, see it and download it", async ({ page }) => {
  await login(page, "deelnemer@leerkring.test");
  await page.goto("/leervragen/nieuw");
  await page.getByLabel("Titel", { exact: true }).fill("Buurtanalyse als bijlage");
  await page.getByLabel("Leervraag", { exact: true }).fill("Wat zegt de buurtanalyse ons?");
  await page.getByLabel("Casus", { exact: true }).fill("De analyse staat in de bijlage.");
  await page.getByRole("button", { name: "Leervraag indienen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Buurtanalyse als bijlage");

  const pdf = await pdfWith("Buurtanalyse Hilversum-Oost");
  await page.getByLabel("Bestand").setInputFiles({
    name: "buurtanalyse.pdf",
    mimeType: "application/pdf",
    buffer: pdf,
  });
  await page.getByLabel("Titel (niet verplicht)").fill("Buurtanalyse Oost");
  await page.getByRole("button", { name: "Uploaden" }).click();
  await expect(page.getByText("De bijlage is toegevoegd.")).toBeVisible();
  const table = page.getByRole("table", { name: "Bijlagen" });
  const row = table.getByRole("row", { name: /Buurtanalyse Oost/ });
  await expect(row.getByRole("cell", { name: "PDF", exact: true })).toBeVisible();
  await expect(row).toContainText("Lotte Vermeulen");
  await expectAccessible(page);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    row.getByRole("link", { name: "Buurtanalyse Oost", exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("buurtanalyse.pdf");
  const file = await download.path();
  expect(fs.readFileSync(file).equals(pdf)).toBe(true);
});

// Who takes part in a casework attaches a report to one log entry: the form is folded away beneath
// the entry, and the answer comes back to that entry's own section.
test("attach a file to a casework log entry", async ({ page }) => {
  await login(page, "eva.visser@leerkring.test");
  await page.goto("/aan-de-slag");
  await page.getByRole("link", { name: "Samen sterker in Hilversum-Oost" }).click();
  const text = "Verslag van de buurtwandeling, met bijlage.";
  await page.getByLabel("Wat is er gebeurd of afgesproken?").fill(text);
  await page.getByRole("button", { name: "Toevoegen aan het logboek" }).click();
  const entry = page.getByRole("article").filter({ hasText: text });
  await entry.getByText(/^Bijlage toevoegen bij/).click();
  await entry.getByLabel("Bestand").setInputFiles({
    name: "wandeling.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("Route en gesprekken van de buurtwandeling."),
  });
  await entry.getByRole("button", { name: "Uploaden" }).click();
  const saved = page.getByRole("article").filter({ hasText: text });
  await expect(saved.getByText("De bijlage is toegevoegd.")).toBeVisible();
  await expect(saved.getByRole("link", { name: /^wandeling/ })).toBeVisible();
  await expectAccessible(page);
});
