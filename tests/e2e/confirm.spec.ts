import { expect, test } from "@playwright/test";
import { login } from "./helpers.ts";

// A destructive action asks first, also without JavaScript, and can be undone.

test.use({ javaScriptEnabled: false });

test("a project leader cancels a meeting after confirming, and undoes it", async ({ page }) => {
  // Far ahead (so it sorts after the demo's meetings in every list), as the date field takes
  // it (Amsterdam), so this holds on any day.
  const later = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(
    new Date(Date.now() + 300 * 86_400_000),
  );
  const title = `Te annuleren bijeenkomst ${Date.now().toString(36)}`;
  await login(page, "projectleider@leerkring.test");
  await page.goto("/agenda/nieuw?soort=thema");
  await page.getByLabel("Titel").fill(title);
  await page
    .getByLabel("Thema", { exact: true })
    .selectOption({ label: "Het hoe en wat van sociale steunstructuren" });
  await page.getByLabel("Datum").fill(later);
  await page.getByLabel("Locatie").fill("Utrecht");
  await page.getByRole("button", { name: "Bijeenkomst plannen" }).click();
  await expect(page.getByText("De bijeenkomst is gepland.")).toBeVisible();

  await page.getByLabel("Reden van annuleren").fill("De zaal is niet beschikbaar.");
  await page.getByRole("button", { name: "Bijeenkomst annuleren" }).click();
  // The first step only asks, and says what will happen.
  await expect(page.getByRole("heading", { name: "Weet u het zeker?" })).toBeVisible();
  await expect(page.getByText(`‘${title}’ wordt geannuleerd.`)).toBeVisible();
  await page.getByRole("button", { name: "Ja, annuleer de bijeenkomst" }).click();
  await expect(
    page.getByText("Deze bijeenkomst is geannuleerd. Reden: De zaal is niet beschikbaar."),
  ).toBeVisible();

  await page.getByRole("button", { name: "Annulering ongedaan maken" }).click();
  await expect(page.getByText("De annulering is ongedaan gemaakt")).toBeVisible();
  await expect(page.getByRole("button", { name: "Bijeenkomst annuleren" })).toBeVisible();
});
