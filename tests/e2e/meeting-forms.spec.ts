import { expect, test } from "@playwright/test";
import { expectAccessible, login } from "./helpers.ts";

// A meeting's page has several forms under one schema (one per intent): the browser checks the
// form that is sent, and its error appears beside its own field, not in the page's other forms.
test("a meeting's forms each say what to fix beside their own field", async ({ page }) => {
  // Far ahead, as the date field takes it (Amsterdam), so this holds on any day.
  const later = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(
    new Date(Date.now() + 310 * 86_400_000),
  );
  await login(page, "projectleider@leerkring.test");
  await page.goto("/agenda/nieuw?soort=thema");
  await page.getByLabel("Titel").fill(`Formulieren ${Date.now().toString(36)}`);
  await page
    .getByLabel("Thema", { exact: true })
    .selectOption({ label: "Het hoe en wat van sociale steunstructuren" });
  await page.getByLabel("Datum").fill(later);
  // Leaving a required field empty names it as soon as the person moves on.
  const location = page.getByLabel("Locatie");
  await location.focus();
  await location.blur();
  await expect(location).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Vul dit veld in.")).toHaveCount(1);
  await location.fill("Utrecht");
  await expect(page.getByText("Vul dit veld in.")).toHaveCount(0);
  await page.getByRole("button", { name: "Bijeenkomst plannen" }).click();
  await expect(page.getByText("De bijeenkomst is gepland.")).toBeVisible();
  const meetingUrl = page.url();

  // Cancelling without a reason: the browser stops it, and only the reason says why.
  await page.getByRole("button", { name: "Bijeenkomst annuleren" }).click();
  const reason = page.getByLabel(/^Reden van annuleren/);
  await expect(reason).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Vul dit veld in.")).toHaveCount(1);
  await expect(page.getByLabel("Nieuw programmaonderdeel")).not.toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await expect(page.getByRole("heading", { name: "Weet u het zeker?" })).toHaveCount(0);
  expect(page.url()).toBe(meetingUrl);
  await expectAccessible(page);

  // A programme item too long for its field: the error moves to that form, and goes when fixed.
  await reason.fill("De zaal is niet beschikbaar.");
  await expect(page.getByText("Vul dit veld in.")).toHaveCount(0);
  const item = page.getByLabel("Nieuw programmaonderdeel");
  await item.fill("x".repeat(201));
  await item.blur();
  await expect(page.getByText("Maximaal 200 tekens. Maak het korter.")).toBeVisible();
  await expect(reason).not.toHaveAttribute("aria-invalid", "true");
  await item.fill("Welkom en kennismaking");
  await expect(page.getByText("Maximaal 200 tekens. Maak het korter.")).toHaveCount(0);
  await page.getByRole("button", { name: "Toevoegen aan het programma" }).click();
  await expect(page.getByText("Het programmaonderdeel is toegevoegd.")).toBeVisible();
  await expect(
    page.getByRole("listitem").filter({ hasText: "Welkom en kennismaking" }),
  ).toHaveCount(1);
});
