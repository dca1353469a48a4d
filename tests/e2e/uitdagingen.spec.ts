import { expect, test } from "@playwright/test";
import { expectAccessible, login } from "./helpers.ts";

// Schema C in a neighbourhood: a member of Hilversum recognises a challenge in Kerkelanden, for
// the actor Schema C names it for, and turns it into a learning question in one step.
test("a member recognises a challenge in a neighbourhood and turns it into a learning question", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await login(page, "deelnemer@leerkring.test");
  await page.goto("/gemeenten/hilversum");
  await page.getByRole("link", { name: "Wijken en buurten van deze gemeente" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Wijken en buurten van Gemeente Hilversum",
  );
  await expectAccessible(page);
  await page.getByRole("link", { name: "Uitdagingen herkennen Kerkelanden" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uitdagingen in Kerkelanden");
  await expectAccessible(page);

  const challenge =
    "Onderkennen dat versterken sociale basis een lange adem vraagt; omarm kleinschalige, tijdelijke initiatieven.";
  await page.getByLabel("Uitdaging", { exact: true }).selectOption({
    label: `Ambtenaren — ${challenge}`,
  });
  await page.getByLabel("Notitie", { exact: true }).fill("Elk jaar een nieuw project in de wijk.");
  await page.getByRole("button", { name: "Herkennen" }).click();
  await expect(page.getByText("De uitdaging is vastgelegd als herkend.")).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp("lange adem") });
  await expect(row).toContainText("Elk jaar een nieuw project in de wijk.");
  await expectAccessible(page);

  await row.getByRole("link", { name: /Maak er een leervraag van/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Leervraag indienen");
  await expect(page.getByText("Vooringevuld vanuit een herkende uitdaging")).toBeVisible();
  await expect(page.getByLabel("Titel", { exact: true })).toHaveValue(/^Kerkelanden: Onderkennen/);
  await expect(page.getByLabel("Wijk", { exact: true })).toHaveValue(/\d+/);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Leervraag indienen" }).click();

  await expect(page.getByText("Voortgekomen uit een herkende uitdaging")).toBeVisible();
  const title = (await page.getByRole("heading", { level: 1 }).textContent())!;
  await expectAccessible(page);
  await page.getByRole("link", { name: /UA07 Onderkennen/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uitdagingen in Kerkelanden");
  await expect(
    page.getByRole("row", { name: new RegExp("lange adem") }).getByRole("link", { name: title }),
  ).toBeVisible();
});
