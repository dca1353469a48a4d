import { expect, test } from "@playwright/test";
import { expectAccessible, login, loginWithForm, waitForMail } from "./helpers.ts";

test("a visitor sees the Dutch landing page with the themes", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Samen leren over de sociale basis",
  );
  await expect(page.getByRole("heading", { name: "Samenwerken in vertrouwen" })).toBeVisible();
  await expectAccessible(page);
});

test("the skip link brings keyboard users to the content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Direct naar de inhoud" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("the project leader logs in, sees the dashboard and logs out", async ({ page }) => {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/inloggen\?redirectTo=%2Faccount/);
  await page.goto("/inloggen");
  await expectAccessible(page);
  await loginWithForm(page, "projectleider@leerkring.test");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welkom, Pieter van Dam");
  await expect(page.getByText("Derde intervisiebijeenkomst")).toBeVisible();
  await expect(
    page.getByRole("heading", { name: "Leervragen die wachten op een plek" }),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page.getByRole("link", { name: "Inloggen" }).first()).toBeVisible();
  await page.goto("/account");
  await expect(page).toHaveURL(/\/inloggen/);
});

test("a wrong password gets a clear Dutch message beside the form", async ({ page }) => {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill("daan.smit@leerkring.test");
  await page.getByLabel("Wachtwoord", { exact: true }).fill("niet-het-wachtwoord");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("alert")).toContainText("horen niet bij een actief account");
  await expect(page.getByLabel("E-mailadres")).toHaveValue("daan.smit@leerkring.test");
  await expectAccessible(page);
});

test("each role sees its own dashboard", async ({ browser }) => {
  const expectations = [
    ["deelnemer@leerkring.test", "Leervragen van Gemeente Hilversum"],
    ["medewerker@leerkring.test", "Gehouden bijeenkomsten"],
    ["beheerder@leerkring.test", "openstaande uitnodigingen"],
  ] as const;
  for (const [email, text] of expectations) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await login(page, email);
    await expect(page.getByText(text)).toBeVisible();
    await expectAccessible(page);
    await context.close();
  }
});

test("a beheerder invites a colleague, who sets a password and is logged in", async ({
  page,
  browser,
}) => {
  await login(page, "beheerder@leerkring.test");
  await page
    .getByRole("navigation", { name: "Hoofdmenu" })
    .getByRole("link", { name: "Beheer" })
    .click();
  await expect(page.getByRole("heading", { name: "Iemand uitnodigen" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Uitnodiging maken" }).click();
  await expect(page.getByText("Vul dit veld in.")).toBeVisible();
  await page.getByLabel("E-mailadres").fill("nieuwe.deelnemer@haarlem.test");
  await page.getByLabel("Organisatie", { exact: true }).selectOption({ label: "Gemeente Haarlem" });
  await page.getByLabel("Rol", { exact: true }).selectOption({ label: "Deelnemer" });
  await page.getByRole("button", { name: "Uitnodiging maken" }).click();
  // The e2e server sends mail (tests/e2e/global-setup.ts): the link goes to the person only.
  await expect(page.getByTestId("uitnodigingslink")).toHaveCount(0);
  const mail = await waitForMail((m) =>
    JSON.stringify(m.to).includes("nieuwe.deelnemer@haarlem.test"),
  );
  const link = /https?:\/\/\S+\/uitnodiging\/[a-z2-7]{32}/.exec(mail.text ?? "")?.[0];
  expect(link).toBeDefined();

  const context = await browser.newContext();
  const invitee = await context.newPage();
  await invitee.goto(new URL(link!).pathname);
  await expect(invitee.getByText("nieuwe.deelnemer@haarlem.test")).toBeVisible();
  await expectAccessible(invitee);
  await invitee.getByLabel("Naam").fill("Nina Nieuw");
  await invitee.getByLabel("Nieuw wachtwoord").fill("haarlem leert samen");
  await invitee.getByLabel("Herhaal het nieuwe wachtwoord").fill("haarlem leert samen");
  await invitee.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(invitee.getByRole("heading", { level: 1 })).toHaveText("Welkom, Nina Nieuw");
  await context.close();

  await page.reload();
  await expect(page.getByText("Er staan geen uitnodigingen open.")).toBeVisible();
});

test("the account page shows sessions and switches the language", async ({ page }) => {
  await login(page, "thomas.mulder@leerkring.test");
  await page.getByRole("link", { name: "Mijn account" }).click();
  await expect(page.getByRole("heading", { name: "Actieve sessies" })).toBeVisible();
  await expect(page.getByText("(deze sessie)")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Taal van Leerkring").selectOption("en");
  await page.getByRole("button", { name: "Taal opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My account");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByLabel("Language of Leerkring").selectOption("nl");
  await page.getByRole("button", { name: "Save language" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mijn account");
});

test("beheer pages for organisations and accounts are accessible", async ({ page }) => {
  await login(page, "beheerder@leerkring.test");
  for (const path of ["/beheer/organisaties", "/beheer/accounts"]) {
    await page.goto(path);
    await expect(page.getByRole("table")).toBeVisible();
    await expectAccessible(page);
  }
});

test("a participant is refused the beheer pages with a Dutch explanation", async ({ page }) => {
  await login(page, "daan.smit@leerkring.test");
  const response = await page.goto("/beheer/accounts");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");
});
