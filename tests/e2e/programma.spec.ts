import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, login } from "./helpers.ts";

// The project leader follows the season from the dashboard to its programme, then to its
// report, and downloads the report as PDF and one table as CSV; every page is accessible, also
// at 320 px, where it does not widen.

async function fitsNarrowScreen(page: Page) {
  await page.setViewportSize({ width: 320, height: 800 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(320);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });
}

test("a project leader opens the season programme and downloads the season report", async ({
  page,
}) => {
  await login(page, "projectleider@leerkring.test");
  await page.getByRole("link", { name: "Naar het seizoensprogramma" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    /^Seizoensprogramma \d{4}-\d{4}$/,
  );
  const season = (await page.getByRole("heading", { level: 1 }).textContent())!.split(" ")[1]!;
  await expect(
    page.getByRole("table", { name: `Voortgang per spoor in het seizoen ${season}` }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "Intervisie", level: 2 })).toBeVisible();
  await expectAccessible(page);
  await fitsNarrowScreen(page);

  await page.getByRole("link", { name: `Rapportage over het seizoen ${season}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Rapportage seizoen ${season}`);
  await expect(
    page.getByRole("table", { name: `Bijeenkomsten per spoor, seizoen ${season}` }),
  ).toBeVisible();
  await expectAccessible(page);
  await fitsNarrowScreen(page);

  const [pdf] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Het hele rapport downloaden (pdf)" }).click(),
  ]);
  expect(pdf.suggestedFilename()).toMatch(new RegExp(`^Rapportage seizoen ${season}\\.pdf$`));
  const pdfBytes = fs.readFileSync((await pdf.path())!);
  expect(pdfBytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(pdfBytes.toString("latin1")).toContain("/StructTreeRoot");

  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    page
      .getByRole("link", {
        name: `CSV downloaden: Bijeenkomsten per spoor, seizoen ${season}`,
      })
      .click(),
  ]);
  expect(csv.suggestedFilename()).toBe(`bijeenkomsten-${season}.csv`);
  const lines = fs.readFileSync((await csv.path())!, "utf8").split("\r\n");
  expect(lines[0]).toBe("\uFEFFSpoor;Gehouden;Gepland;Geannuleerd");
  expect(lines[1]).toMatch(/^Themabijeenkomst;\d+;\d+;\d+$/);
});
