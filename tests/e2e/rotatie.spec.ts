import { expect, test } from "@playwright/test";
import { expectAccessible, login } from "./helpers.ts";

// The project leader plans next season's rotation at once, adjusts nothing, confirms, and sees
// the sessions in the agenda's month view; the page and the month are accessible, also at 320 px.
test("a season's rotation is planned at once and appears in the month view", async ({ page }) => {
  await login(page, "projectleider@leerkring.test");
  await page.goto("/agenda");
  await page.getByRole("link", { name: "Rotatie voor een seizoen plannen" }).click();
  await expect(
    page.getByRole("heading", { name: "Rotatie voor een seizoen plannen" }),
  ).toBeVisible();

  // Next season (the second choice), so that this holds whatever today is.
  const seasonSelect = page.getByLabel("Seizoen");
  const season = await seasonSelect.locator("option").nth(1).getAttribute("value");
  await seasonSelect.selectOption(season!);
  await page.getByLabel("Aantal bijeenkomsten").fill("3");
  await page.getByRole("button", { name: "Voorstel maken" }).click();

  const proposal = page.getByRole("table", {
    name: `Voorgestelde intervisiebijeenkomsten in het seizoen ${season}`,
  });
  await expect(proposal).toBeVisible();
  await expect(proposal.getByRole("row")).toHaveCount(4);
  await expect(proposal.getByText("Movisie").first()).toBeVisible();
  await expectAccessible(page);
  const firstDate = await page.getByLabel("Datum van bijeenkomst 1").inputValue();
  const firstHost = await page
    .getByLabel("Gastgemeente van bijeenkomst 1")
    .locator("option:checked")
    .textContent();

  await page.getByRole("button", { name: "Alle 3 bijeenkomsten bevestigen" }).click();
  await expect(page.getByText("3 intervisiebijeenkomsten gepland.")).toBeVisible();
  const month = page.getByRole("table", { name: /\d{4}$/ });
  await expect(month).toBeVisible();
  const day = month.locator(`td[data-dag="${firstDate}"]`);
  const link = day.getByRole("link", {
    name: new RegExp(`Intervisiebijeenkomst 1 van 3 \\(${season}\\)`),
  });
  await expect(link).toBeVisible();
  await expectAccessible(page);

  // The session's page names its host.
  await link.click();
  await expect(page.getByText(firstHost!.trim()).first()).toBeVisible();

  // At 320 px the month is a list of the days with meetings, each with its date in words.
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goBack();
  await expect(link).toBeVisible();
  await expect(page.locator("thead").first()).toBeHidden();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(320);
  await expectAccessible(page);
});
