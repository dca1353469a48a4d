import { expect, test } from "@playwright/test";
import { expectAccessible, login } from "./helpers.ts";

// A member of Hilversum records an intervention in Hilversum-Oost, with the baseline and
// follow-up in the periods of its two demo assessments, and sees it on the later assessment's
// page beside the change in scores.
test("a member records an intervention and sees it beside the change in scores", async ({
  page,
}) => {
  test.setTimeout(150_000);
  const title = `Wijkgesprekken Oost ${Date.now().toString(36)}`;
  await login(page, "deelnemer@leerkring.test");
  await page
    .getByRole("navigation", { name: "Hoofdmenu" })
    .getByRole("link", { name: "Interventies" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Beleidsinterventies");
  await expectAccessible(page);

  // The latest assessment of Hilversum-Oost, and the one before it: their periods, as shown.
  await page.goto("/monitor");
  await page
    .getByRole("link", { name: /^Bekijken Hilversum-Oost/ })
    .first()
    .click();
  const between = page.getByText(/tussen de meting van .+ en die van .+, naast/);
  const [, vorige, periode] = /van (.+) en die van (.+), naast/.exec(
    (await between.textContent())!,
  )!;
  const assessment = page.url();

  await page.getByRole("link", { name: "Interventie vastleggen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Interventie vastleggen");
  await expectAccessible(page);
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByLabel("Omschrijving", { exact: true }).fill("Elke maand een gesprek in de wijk.");
  await page.getByLabel("Hilversum-Oost", { exact: true }).check();
  await page.getByLabel("Sociale cohesie", { exact: true }).check();
  await page.getByLabel("C09 In deze wijk vertrouwen inwoners elkaar.").check();
  await page.getByLabel("communicatief", { exact: true }).check();
  await page.getByLabel("Het instrument is horizontaal").check();
  await page.getByLabel("Samenwerkende stijl (Samenwerkingspartner)").check();
  await page.getByLabel("Buurtmakers (actieve inwoners)").fill("Zitten de gesprekken voor.");
  await page.getByLabel("Er is openheid over inhoud, proces en gedrag.").check();
  await page.getByLabel("Onderzoeksdesign").selectOption({ label: "Voor- en nameting" });
  await page.getByLabel("Nulmeting", { exact: true }).selectOption({ label: vorige! });
  // A follow-up before the baseline is refused, beside the field.
  await page.getByLabel("Vervolgmeting", { exact: true }).selectOption({ label: "2018" });
  await page.getByRole("button", { name: "Interventie vastleggen" }).click();
  await expect(page.getByText("De vervolgmeting moet na de nulmeting liggen.")).toBeVisible();
  await page.getByLabel("Vervolgmeting", { exact: true }).selectOption({ label: periode! });
  await page.getByRole("button", { name: "Interventie vastleggen" }).click();

  await expect(page.getByText("De interventie is vastgelegd.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("row", { name: /Buurtmakers/ })).toContainText(
    "Zitten de gesprekken voor.",
  );
  await expectAccessible(page);

  // From the intervention to the assessment of its follow-up, where it stands in the table.
  await page.getByRole("link", { name: `Wijkmeting Hilversum-Oost, ${periode}` }).click();
  await expect(page).toHaveURL(assessment);
  const table = page.getByRole("region", { name: "Interventies tussen de metingen" });
  const row = table.getByRole("row", { name: new RegExp(title) });
  await expect(row).toContainText(`${vorige} – ${periode}`);
  await expect(row).toContainText(/C09 [+-]?\d,\d \((hoger|lager|gelijk)\)/);
  await expect(page.getByRole("heading", { name: "De vier voorwaarden" })).toBeVisible();
  await expectAccessible(page);
});
