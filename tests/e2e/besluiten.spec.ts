import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, login } from "./helpers.ts";

// A poll on a proposed theme, as seed 000 describes for the fifth theme: the project leader
// proposes, two first-circle municipalities vote, the project leader records the decision, and
// the theme shows as decided. (The demo's own fifth theme is decided already; this walk proposes
// a theme of its own so that it can run on the demo database more than once.)
test("a poll on a proposed theme, from proposal to decision", async ({ page }) => {
  const name = `Burgers digitaal bereiken ${test.info().workerIndex}-${test.info().retry}-${Math.floor(Math.random() * 1e6)}`;
  await login(page, "projectleider@leerkring.test");
  await page.goto("/themas");
  const propose = page.locator("section", {
    has: page.getByRole("heading", { name: "Thema voorstellen" }),
  });
  await propose.getByLabel("Naam").fill(name);
  await propose.getByRole("button", { name: "Thema voorstellen" }).click();
  await expect(page.getByText("Het thema is toegevoegd als voorstel.")).toBeVisible();
  await page.getByRole("link", { name }).click();
  await expect(page.getByText("Voorgesteld thema")).toBeVisible();
  await page.getByRole("link", { name: "Stemming starten over dit thema" }).click();

  await expect(page.getByLabel("Over een voorgesteld thema")).toHaveValue(/\d+/);
  await page.getByLabel("Voorstel", { exact: true }).fill(`Wordt ‘${name}’ een thema?`);
  await page.getByLabel("Gemeenten van de eerste leerkring (één stem per gemeente)").check();
  await page.getByLabel("Na het stemmen: wie gestemd heeft ziet de tussenstand").check();
  await page.getByRole("button", { name: "Voorstel doen" }).click();
  await expect(page.getByText("Het voorstel staat klaar")).toBeVisible();
  await expectAccessible(page);
  const url = page.url().replace(/\?.*$/, "");

  await vote(page, "deelnemer@leerkring.test", url);
  await vote(page, "fatima.ouali@leerkring.test", url);

  await login(page, "projectleider@leerkring.test");
  await page.goto(url);
  await expect(page.getByRole("cell", { name: "2 stemmen (100%)" })).toBeVisible();
  const decide = page.locator("section", {
    has: page.getByRole("heading", { name: "Besluit vastleggen" }),
  });
  await decide.getByLabel("Vaststellen als thema").check();
  await decide
    .getByLabel("Redenen")
    .fill("Beide gemeenten willen het; het past bij inwoners betrekken.");
  await decide.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(page.getByText("Het besluit is vastgelegd.")).toBeVisible();
  await expect(page.getByText("Beide gemeenten willen het")).toBeVisible();

  await page.getByRole("link", { name }).click();
  await expect(page.getByText("Gekozen thema", { exact: true })).toBeVisible();
  await expect(page.getByText(/Besloten op/)).toBeVisible();
  await expectAccessible(page);
});

async function vote(page: Page, email: string, url: string) {
  await login(page, email);
  await page.goto(url);
  await page.getByLabel("Vaststellen als thema").check();
  await page.getByRole("button", { name: "Stem uitbrengen" }).click();
  await expect(page.getByText("Je stem is uitgebracht.")).toBeVisible();
  await expect(page.getByText(/Je gemeente heeft gestemd: Vaststellen als thema/)).toBeVisible();
  await expectAccessible(page);
}
