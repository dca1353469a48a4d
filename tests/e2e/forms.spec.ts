import { expect, test } from "@playwright/test";
import { expectAccessible, login } from "./helpers.ts";

// Forms validate in the browser with the same schema as the action (Conform): an error appears
// beside its field when the person leaves it, and goes as soon as it is fixed.
test("a form says what to fix beside the field, before and after sending", async ({ page }) => {
  await login(page, "deelnemer@leerkring.test");
  await page.goto("/leervragen/nieuw");
  const title = page.getByLabel("Titel", { exact: true });
  // Until the page has hydrated a blur checks nothing (the server still checks on sending), so
  // the person's step is repeated until the browser's check shows, on a slow machine too.
  await expect(async () => {
    await title.fill("x".repeat(161));
    await title.blur();
    await expect(page.getByText("Maximaal 160 tekens. Maak het korter.")).toBeVisible({
      timeout: 2_000,
    });
  }).toPass({ timeout: 30_000 });
  await expect(title).toHaveAttribute("aria-invalid", "true");
  await title.fill("Hoe houden we vrijwilligers vast?");
  await expect(page.getByText("Maximaal 160 tekens. Maak het korter.")).toHaveCount(0);

  // Sending with required fields left empty stays on the page and names each of them.
  await page.getByRole("button", { name: "Leervraag indienen" }).click();
  await expect(page.getByText("Vul dit veld in.")).toHaveCount(2);
  await expect(page).toHaveURL(/\/leervragen\/nieuw$/);
  await expectAccessible(page);

  await page.getByLabel("Leervraag", { exact: true }).fill("Wat werkt om ze te binden?");
  await page
    .getByLabel("Casus", { exact: true })
    .fill("Een buurthuis verloor de helft van zijn vrijwilligers.");
  await page.getByRole("button", { name: "Leervraag indienen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Hoe houden we vrijwilligers vast?",
  );
});
