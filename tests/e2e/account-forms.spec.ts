import { expect, test } from "@playwright/test";
import { expectAccessible, login } from "./helpers.ts";

// /account has several forms, each checked in the browser with its part of the action's schema:
// only the form being filled in shows errors, beside its fields, before anything is sent.
test("the password form says what to fix, and the language form stays quiet", async ({ page }) => {
  await login(page, "deelnemer@leerkring.test");
  await page.goto("/account");
  const password = page.getByLabel("Nieuw wachtwoord", { exact: true });
  await password.fill("kort");
  await password.blur();
  await expect(page.getByText("Het wachtwoord moet minstens 8 tekens hebben.")).toBeVisible();
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await password.fill("een zin die lang genoeg is");
  await expect(page.getByText("Het wachtwoord moet minstens 8 tekens hebben.")).toHaveCount(0);

  const repeat = page.getByLabel("Herhaal het nieuwe wachtwoord");
  await repeat.fill("een andere zin");
  await repeat.blur();
  await expect(page.getByText("De twee wachtwoorden zijn niet gelijk.")).toBeVisible();

  // Sending stays on the page and names the empty current password; the other forms show nothing.
  await page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
  await expect(page.getByText("Vul dit veld in.")).toHaveCount(1);
  await expect(page.getByLabel("Huidig wachtwoord")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Taal van Leerkring")).not.toHaveAttribute("aria-invalid");
  await expect(page.getByRole("status")).toHaveCount(0);
  await expectAccessible(page);

  await repeat.fill("een zin die lang genoeg is");
  await expect(page.getByText("De twee wachtwoorden zijn niet gelijk.")).toHaveCount(0);
});
