import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateHOTP } from "@oslojs/otp";
import { expect, test } from "@playwright/test";
import { expectAccessible, login, waitForMail } from "./helpers.ts";

// Issue 12's "done when": a project leader sets up two-factor login and logs in with it. The
// project leader is a new account (invited here), so every other spec keeps logging in its demo
// accounts with a password alone. Codes are computed here with @oslojs/otp from the key the page
// shows for manual entry, as an authenticator app does.

const EMAIL = "tweestaps.projectleider@leerkring.test";
const PASSWORD = "twee stappen zijn veiliger";

/** The code an app with this key shows `offset` 30-second steps from now. */
function codeFor(key: string, offset = 0): string {
  const step = Math.floor(Date.now() / 30_000) + offset;
  return generateHOTP(decodeBase32IgnorePadding(key.replace(/\s/g, "")), BigInt(step), 6);
}

test("a project leader sets up two-factor login and logs in with a code", async ({
  page,
  browser,
}) => {
  // A beheerder invites the project leader.
  await login(page, "beheerder@leerkring.test");
  await page.goto("/beheer/uitnodigingen");
  await page.getByLabel("E-mailadres").fill(EMAIL);
  await page
    .getByLabel("Organisatie", { exact: true })
    .selectOption({ label: "Programma Sociaal Domein (VNG en VWS)" });
  await page.getByLabel("Rol", { exact: true }).selectOption({ label: "Projectleider" });
  await page.getByRole("button", { name: "Uitnodiging maken" }).click();
  const mail = await waitForMail((m) => JSON.stringify(m.to).includes(EMAIL));
  const link = /https?:\/\/\S+\/uitnodiging\/[a-z2-7]{32}/.exec(mail.text ?? "")?.[0];
  expect(link).toBeDefined();

  const context = await browser.newContext();
  const leader = await context.newPage();
  await leader.goto(new URL(link!).pathname);
  await leader.getByLabel("Naam").fill("Tess Tweestaps");
  await leader.getByLabel("Nieuw wachtwoord").fill(PASSWORD);
  await leader.getByLabel("Herhaal het nieuwe wachtwoord").fill(PASSWORD);
  await leader.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(leader.getByRole("heading", { level: 1 })).toHaveText("Welkom, Tess Tweestaps");

  // Set-up: from the account page's section, scan (here: read the key) and confirm with a code.
  await leader.getByRole("link", { name: "Mijn account" }).click();
  await leader.getByRole("link", { name: "Tweestapsverificatie instellen of beheren" }).click();
  await expect(leader.getByRole("heading", { level: 1 })).toHaveText("Tweestapsverificatie");
  await expect(leader.getByRole("img", { name: /QR-code om Leerkring/ })).toBeVisible();
  await expectAccessible(leader);
  const key = (await leader.getByTestId("tweestaps-sleutel").textContent())!;
  await leader.getByLabel("Code uit je app").fill(codeFor(key));
  await leader.getByRole("button", { name: "Tweestapsverificatie aanzetten" }).click();
  await expect(leader.getByText("Tweestapsverificatie staat nu aan.")).toBeVisible();
  await expect(leader.getByTestId("herstelcodes").getByRole("listitem")).toHaveCount(10);

  // Log out and in again: after the password comes the second step.
  await leader.getByRole("button", { name: "Uitloggen" }).click();
  await expect(leader.getByRole("button", { name: "Uitloggen" })).toHaveCount(0);
  await leader.goto("/inloggen");
  await leader.getByLabel("E-mailadres").fill(EMAIL);
  await leader.getByLabel("Wachtwoord", { exact: true }).fill(PASSWORD);
  await leader.getByRole("button", { name: "Inloggen" }).click();
  await expect(leader.getByRole("heading", { level: 1 })).toHaveText("Code invoeren");
  await expectAccessible(leader);
  // The code that switched it on is used up: the app's next code (one step ahead) is accepted.
  await leader.getByLabel("Code of herstelcode").fill(codeFor(key, 1));
  await leader.getByRole("button", { name: "Inloggen" }).click();
  await expect(leader.getByRole("heading", { level: 1 })).toHaveText("Welkom, Tess Tweestaps");
  await context.close();
});
