import { expect, test } from "@playwright/test";
import { expectAccessible, login } from "./helpers.ts";

// A member of Hilversum tags a new learning question with a social problem and a policy field,
// follows the tag from the question's page to the filtered list, and finds the question by the
// tag's name in search.
test("a member tags a learning question, filters by the tag and finds it in search", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const title = `Ontmoeting over grenzen ${Date.now().toString(36)}`;
  await login(page, "deelnemer@leerkring.test");
  await page.goto("/leervragen/nieuw");
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByLabel("Leervraag", { exact: true }).fill("Hoe brengen we buurtgenoten samen?");
  await page
    .getByLabel("Casus", { exact: true })
    .fill("In de wijk wonen veel culturen naast elkaar.");
  const opgaven = page.getByRole("group", { name: "Maatschappelijke opgaven" });
  await opgaven.getByLabel("superdiversiteit", { exact: true }).check();
  await page
    .getByRole("group", { name: "Beleidsvelden" })
    .getByLabel("cultuur", { exact: true })
    .check();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Leervraag indienen" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const tagList = page.getByRole("region", { name: "Tags" });
  await expect(tagList.getByRole("link")).toHaveCount(2);
  await expectAccessible(page);
  await tagList.getByRole("link", { name: /superdiversiteit/ }).click();

  await expect(page).toHaveURL(/\/leervragen\?tag=\d+/);
  await expect(page.getByLabel("Tag", { exact: true })).toHaveValue(/\d+/);
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/zoeken?q=superdiversiteit");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expectAccessible(page);
});

test("staff see the tag catalogue per family, accessible", async ({ page }) => {
  await login(page, "medewerker@leerkring.test");
  await page
    .getByRole("navigation", { name: "Hoofdmenu" })
    .getByRole("link", { name: "Tags" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tags");
  await expect(page.getByRole("heading", { level: 2, name: "Beleidsvelden" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Intrekken krimpregio" })).toBeVisible();
  await expectAccessible(page);
});

// The demo's context tags, the history of Hilversum's view and the start essay's tags, as a
// member reads them: from a municipality's page to the list filtered by its context, and from
// the essay to the essays with its tag.
test("a member follows a municipality's context and an essay's tag to the filtered lists", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await login(page, "deelnemer@leerkring.test");
  await page.goto("/gemeenten/hilversum");
  const history = page.getByRole("region", { name: "Hoe de visie veranderde" });
  await expect(history.getByRole("row")).toHaveCount(3);
  await expect(history.getByRole("row").nth(1)).toContainText("Breed");
  await expect(history.getByRole("row").nth(2)).toContainText("Smal");
  await expectAccessible(page);
  await page.getByRole("region", { name: "Tags" }).getByRole("link", { name: /G40/ }).click();

  await expect(page).toHaveURL(/\/gemeenten\?tag=\d+/);
  await expect(page.getByRole("link", { name: "Gemeente Hilversum" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Gemeente Zuidwest-Friesland" })).toHaveCount(0);
  await expectAccessible(page);

  await page.goto("/essays/vier-themas-voor-een-sterke-sociale-basis");
  await page.getByRole("region", { name: "Tags" }).getByRole("link", { name: /Wmo/ }).click();
  await expect(page).toHaveURL(/\/essays\?tag=\d+/);
  await expect(
    page.getByRole("link", { name: "Vier thema's voor een sterke sociale basis" }),
  ).toBeVisible();
  await expectAccessible(page);
});
