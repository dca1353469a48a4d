import { expect, test } from "@playwright/test";
import { expectAccessible, login } from "./helpers.ts";

// Footnote 3 of seed 000: partners keep each other informed of where they are active. A project
// leader records an activity of Movisie in Amersfoort, where the demo's Werkplaats Utrecht is
// active this season, and sees the notice to attune, the tile map and its table.
test("a project leader records an activity and sees who else is active there", async ({ page }) => {
  const body = `Verkennend gesprek over de buurtmonitor ${Math.floor(Math.random() * 1e6)}`;
  await login(page, "projectleider@leerkring.test");
  await page.goto("/");
  await page.getByRole("link", { name: "Partners" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Partners" })).toBeVisible();
  await expect(
    page.getByRole("table", {
      name: "Werkplaatsen met de provincies en gemeenten waar zij werken",
    }),
  ).toBeVisible();

  await page.getByLabel("Partner", { exact: true }).selectOption({ label: "Movisie" });
  await page.getByLabel("Gemeente", { exact: true }).selectOption({ label: "Gemeente Amersfoort" });
  await page.getByLabel("Wat is er gedaan").fill(body);
  await page.getByRole("button", { name: "Activiteit vastleggen" }).click();

  await expect(page.getByText("De activiteit is vastgelegd.")).toBeVisible();
  await expect(page.getByRole("cell", { name: body })).toBeVisible();
  await expect(
    page.getByRole("heading", { name: "Stem af: meer partners actief in dezelfde gemeente" }),
  ).toBeVisible();
  await expect(
    page.getByText("Gemeente Amersfoort: Movisie, Werkplaats Sociaal Domein Utrecht"),
  ).toBeVisible();

  // The map is a picture of the table; the table is what assistive technology reads.
  const utrecht = page.locator('svg [data-provincie="utrecht"]');
  await expect(utrecht).toHaveAttribute("data-activiteiten", /^[1-9]\d*$/);
  const count = await utrecht.getAttribute("data-activiteiten");
  const table = page.getByRole("table", { name: /Werkplaatsen en activiteiten per provincie/ });
  const row = table.getByRole("row", { name: /^Utrecht/ });
  await expect(row.getByRole("cell").last()).toHaveText(count!);
  await expect(page.getByRole("link", { name: /Download de activiteiten/ })).toBeVisible();
  await expectAccessible(page);

  // On the narrowest phone the page does not widen: its tables scroll in their own region.
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole("link", { name: "Naar het contactregister" }).click();
  await expect(page.getByRole("table", { name: "Contacten" })).toBeVisible();
  await expectAccessible(page);
});
