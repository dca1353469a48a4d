import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, expectAccessible, waitForMail } from "./helpers.ts";

// A person adds a passkey at /account/tweestaps and logs in with it as second step, with
// Chromium's virtual authenticator (Chrome DevTools Protocol). WebAuthn refuses an IP address as
// RP ID, and the RP ID comes from PUBLIC_URL (http://localhost:PORT for the e2e server), so this
// spec talks to the server as localhost. The person is a new account (invited here), so every
// other spec keeps logging in its demo accounts with a password alone.

const port = Number(process.env.E2E_PORT ?? 3197);
test.use({ baseURL: `http://localhost:${port}` });
// The second test logs in the account the first one made.
test.describe.configure({ mode: "serial" });

const EMAIL = "passkey.projectleider@leerkring.test";
const PASSWORD = "een sleutel zonder code";

test("a person adds a passkey and logs in with it as second step", async ({ page }) => {
  // A beheerder invites the person.
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill("beheerder@leerkring.test");
  await page.getByLabel("Wachtwoord", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Welkom");
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
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page.getByRole("button", { name: "Uitloggen" })).toHaveCount(0);

  await page.goto(new URL(link!).pathname);
  await page.getByLabel("Naam").fill("Pim Passkey");
  await page.getByLabel("Nieuw wachtwoord").fill(PASSWORD);
  await page.getByLabel("Herhaal het nieuwe wachtwoord").fill(PASSWORD);
  await page.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welkom, Pim Passkey");

  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
    },
  });

  // Adding a passkey: a name, the browser's prompt (answered by the virtual authenticator).
  await page.goto("/account/tweestaps");
  await page.getByLabel("Naam van de passkey").fill("Laptop");
  await page.getByRole("button", { name: "Passkey toevoegen" }).click();
  await expect(page.getByText("De passkey is toegevoegd.")).toBeVisible();
  await expect(page.getByTestId("passkeys").getByRole("listitem")).toContainText(["Laptop"]);
  await expect(page.getByTestId("herstelcodes").getByRole("listitem")).toHaveCount(10);
  await expectAccessible(page);

  // Log out and in again: after the password, "Gebruik een passkey" beside the code.
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page.getByRole("button", { name: "Uitloggen" })).toHaveCount(0);
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(EMAIL);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Code invoeren");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Gebruik een passkey" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welkom, Pim Passkey");

  // The list shows when it was last used.
  await page.goto("/account/tweestaps");
  await expect(page.getByTestId("passkeys")).toContainText("Laatst gebruikt");
});

test("without JavaScript the second step offers the code only", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(EMAIL);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Code invoeren");
  await expect(page.getByLabel("Code of herstelcode")).toBeVisible();
  await expect(page.getByRole("button", { name: "Gebruik een passkey" })).toHaveCount(0);
  await context.close();
});
