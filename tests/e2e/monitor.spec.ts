import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, login } from "./helpers.ts";

/** Adds a neighbourhood to Hilversum's list (the demo deelnemer's municipality). */
async function addWijk(page: Page, name: string) {
  await page.goto("/gemeenten/hilversum/wijken");
  await page.getByLabel("Naam", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Toevoegen" }).click();
  await expect(page.getByText(`${name} is toegevoegd.`)).toBeVisible();
  return name;
}

test("a member fills in an assessment for a wijk and sees the radar chart", async ({ page }) => {
  test.setTimeout(180_000);
  await login(page, "deelnemer@leerkring.test");
  await page
    .getByRole("navigation", { name: "Hoofdmenu" })
    .getByRole("link", { name: "Monitor" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sociale-kwaliteitsmonitor");
  await expectAccessible(page);

  await page.getByLabel("Wijk", { exact: true }).selectOption({ label: "Hilversum-Zuid" });
  await page.getByLabel("Periode", { exact: true }).selectOption({ label: "Eerste helft" });
  await page.getByRole("button", { name: "Wijkmeting starten" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Invullen: Hilversum-Zuid");
  await expect(page.getByText("0 van 65 indicatoren beantwoord.")).toBeVisible();
  await expectAccessible(page);

  // Submitting too early says what is missing.
  await page.getByRole("button", { name: "Wijkmeting indienen" }).click();
  await expect(page.getByRole("alert")).toContainText("De wijkmeting is nog niet compleet.");
  await expect(page.getByRole("alert")).toContainText("Nog geen antwoord bij 65 indicatoren");

  // Each choice saves at once; a note when the field is left (it needs a score to go with).
  const indicators = page.locator(".leerkring-score");
  await expect(indicators).toHaveCount(65);
  const first = indicators.first();
  await first.getByText("Toelichting of bron").click();
  await first.getByLabel("Toelichting (optioneel)").fill("Uit het gesprek met de wijkraad.");
  await first.getByLabel("Toelichting (optioneel)").blur();
  await expect(first.getByText("Kies een score of ‘weet niet / n.v.t.’.")).toBeVisible();
  const labels = [
    "4 – klopt grotendeels",
    "3 – klopt deels",
    "5 – klopt helemaal",
    "2 – klopt grotendeels niet",
  ];
  for (let i = 0; i < 65; i++) {
    const form = indicators.nth(i);
    const label = i % 13 === 12 ? "Weet niet / n.v.t." : labels[i % labels.length]!;
    await form.getByText(label, { exact: true }).click();
    await expect(form.getByRole("status")).toHaveText("Opgeslagen");
  }
  await expect(page.getByText("65 van 65 indicatoren beantwoord.")).toBeVisible();

  const factors = page.locator("fieldset.leerkring-factor");
  await expect(factors).toHaveCount(28);
  for (let i = 0; i < 28; i++) {
    await factors
      .nth(i)
      .getByText(i % 3 === 0 ? "Deels aanwezig" : "Aanwezig", { exact: true })
      .click();
  }
  await page.getByText("Samenwerkende stijl").click();
  await expect(page.locator("#bestuursstijl-vraag").getByRole("status")).toHaveText("Opgeslagen");
  await page.waitForLoadState("networkidle");

  await page.getByLabel("Delen met de leerkring").check();
  await page.getByRole("button", { name: "Wijkmeting indienen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    /Wijkmeting Hilversum-Zuid, 1e helft/,
  );
  await expect(page.getByText("De wijkmeting is ingediend.")).toBeVisible();
  const radar = page.getByRole("img", {
    name: /Radardiagram van de vier voorwaarden, Hilversum-Zuid/,
  });
  await expect(radar).toBeVisible();
  await expect(
    page.getByRole("img", { name: "Staafdiagram van de indicatoren van Sociale cohesie" }),
  ).toBeVisible();
  await expect(page.getByRole("table", { name: /Gemiddelde score per voorwaarde/ })).toBeVisible();
  await expect(page.getByText("Uit het gesprek met de wijkraad.")).toBeVisible();
  await expectAccessible(page);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download de gegevens (CSV)" }).click();
  expect((await download).suggestedFilename()).toMatch(
    /^wijkmeting-Hilversum-Hilversum-Zuid-\d{4}-H1\.csv$/,
  );
});

test("a note typed after the score is saved when the field is left, and only then says Opgeslagen", async ({
  page,
}) => {
  await login(page, "deelnemer@leerkring.test");
  const noordwijk = await addWijk(page, `Noordwijk ${Date.now()}`);
  await page.goto("/monitor");
  await page.getByLabel("Wijk", { exact: true }).selectOption({ label: noordwijk });
  await page.getByRole("button", { name: "Wijkmeting starten" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Invullen: Noordwijk");

  const indicator = page.locator("#indicator-Z01");
  const status = indicator.getByRole("status");
  await indicator.getByText("3 – klopt deels", { exact: true }).click();
  await expect(status).toHaveText("Opgeslagen");
  await indicator.getByText("Toelichting of bron").click();
  const note = indicator.getByLabel("Toelichting (optioneel)");
  await note.fill("Getypt na het kiezen van de score.");
  // Typed but not stored: no "Opgeslagen" beside it.
  await expect(status).toHaveText("");
  await note.blur();
  await expect(status).toHaveText("Opgeslagen");

  await page.reload();
  await expect(page.locator("#indicator-Z01").getByLabel("Toelichting (optioneel)")).toHaveValue(
    "Getypt na het kiezen van de score.",
  );
  await expect(page.locator("#indicator-Z01").getByLabel("3 – klopt deels")).toBeChecked();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a member saves every answer and note of the page with one button", async ({ page }) => {
    await login(page, "daan.smit@leerkring.test");
    await page.goto("/monitor");
    await page.getByRole("link", { name: "Verder invullen Kerkelanden" }).click();
    const form = page.locator("#indicator-I01");
    await form.getByText("3 – klopt deels", { exact: true }).click();
    await form.getByText("Toelichting of bron").click();
    await form.getByLabel("Toelichting (optioneel)").fill("Zonder JavaScript getypt.");
    await page.getByRole("button", { name: "Alles opslaan" }).click();
    await expect(page).toHaveURL(/\/invullen#opslaan$/);
    await expect(page.getByText("Alles is opgeslagen.")).toBeVisible();
    await expect(page.locator("#indicator-I01").getByLabel("3 – klopt deels")).toBeChecked();
    await expect(page.locator("#indicator-I01").getByLabel("Toelichting (optioneel)")).toHaveValue(
      "Zonder JavaScript getypt.",
    );
  });
});

test("the monitor's pages are accessible to every role that uses them", async ({ browser }) => {
  const visits = [
    ["projectleider@leerkring.test", ["/monitor", "/monitor/kader"]],
    ["fatima.ouali@leerkring.test", ["/monitor"]],
    ["beheerder@leerkring.test", ["/beheer/indicatoren"]],
  ] as const;
  for (const [email, paths] of visits) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await login(page, email);
    for (const path of paths) {
      await page.goto(path);
      await expectAccessible(page);
    }
    if (email === "projectleider@leerkring.test") {
      await page.goto("/monitor");
      await page
        .getByRole("link", { name: /^Bekijk de hele meting/ })
        .first()
        .click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Wijkmeting /);
      await expect(page.getByRole("img", { name: /^Radardiagram/ })).toBeVisible();
      await expectAccessible(page);
    }
    await context.close();
  }
});

test("another municipality sees a shared assessment, not an unshared one", async ({ page }) => {
  await login(page, "fatima.ouali@leerkring.test");
  await page.goto("/monitor");
  await expect(page.getByRole("cell", { name: "Gemeente Hilversum" }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: "Gemeente Amstelveen" })).toHaveCount(0);
  await expect(page.getByRole("cell", { name: "Kerkelanden" })).toHaveCount(0);
});

// The monitor's forms check themselves in the browser with the schema the action uses: an error
// appears beside its field without a round trip, and goes as soon as it is fixed.
test("the forms of the monitor say what to fix before anything is sent", async ({ page }) => {
  await login(page, "deelnemer@leerkring.test");
  const zuidwijk = await addWijk(page, `Zuidwijk ${Date.now()}`);
  await page.goto("/monitor");
  await page.getByRole("button", { name: "Wijkmeting starten" }).click();
  await expect(page.getByText("Kies een wijk van je gemeente uit de lijst.")).toBeVisible();
  await page.getByLabel("Wijk", { exact: true }).selectOption({ label: zuidwijk });
  await expect(page.getByText("Kies een wijk van je gemeente uit de lijst.")).toHaveCount(0);
  await page.getByRole("button", { name: "Wijkmeting starten" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Invullen: Zuidwijk");

  await page.getByRole("link", { name: "Bekijk de voorlopige uitkomst" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Wijkmeting Zuidwijk/);
  const url = page.url();
  await page.getByRole("button", { name: "Concept verwijderen" }).click();
  const confirm = page.getByText("Vink aan dat je de meting wilt verwijderen.");
  await expect(confirm).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
  expect(page.url()).toBe(url);
  await expectAccessible(page);

  // Ticking the box is the fix: the error goes at once.
  await page.getByLabel("Ja, verwijder deze conceptmeting met alle antwoorden").check();
  await expect(confirm).toHaveCount(0);
});
