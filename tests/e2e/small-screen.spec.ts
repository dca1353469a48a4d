import { expect, test, type Page } from "@playwright/test";
import { login } from "./helpers.ts";

// The narrowest phone (320 CSS px): long Dutch words must hyphenate or wrap instead of widening
// the page, and a checkbox's label must use the width beside the box, not one word per line.
test.use({ viewport: { width: 320, height: 800 } });

async function expectNoHorizontalOverflow(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(320);
}

test("pages with long words fit 320 px and checkbox labels keep to one line", async ({ page }) => {
  await login(page, "deelnemer@leerkring.test");
  for (const path of [
    "/",
    "/themas",
    "/essays",
    "/gemeenten",
    "/gemeenten/hilversum",
    "/leervragen",
    "/interventies",
    "/interventies/nieuw",
    "/praktijkvoorbeelden",
    "/praktijkvoorbeelden/nieuw",
    "/praktijkvoorbeelden/buurtkamer-hilversum-oost",
    // The start meeting's follow-up: a table of action items (the demo's meeting 1).
    "/bijeenkomsten/1/opvolging",
  ]) {
    expect((await page.goto(path))?.status(), path).toBe(200);
    await expectNoHorizontalOverflow(page);
  }

  await page.goto("/gemeenten/hilversum");
  const label = page.getByRole("group").locator("label", { hasText: "Halfde-lijn benadering" });
  const lineHeight = await label.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
  const box = await label.boundingBox();
  // A short label beside its box fits on (about) one line, not one word per line.
  expect(box!.height).toBeLessThan(lineHeight * 1.6);
});
