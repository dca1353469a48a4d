import { expect, test } from "@playwright/test";
import { expectAccessible } from "./helpers.ts";

// A person adds a passkey at /account/tweestaps and logs in with it as second step, with
// Chromium's virtual authenticator (Chrome DevTools Protocol). WebAuthn refuses an IP address
// as RP ID, and the RP ID comes from PUBLIC_URL (http://localhost:PORT here), so this spec
// talks to the server as localhost.

const port = Number(process.env.E2E_PORT ?? 3197);
test.use({ baseURL: `http://localhost:${port}` });

test("a person adds a passkey and logs in with it as second step", async ({ page }) => {
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

  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill("deelnemer@leerkring.test");
  await page.getByLabel("Wachtwoord", { exact: true }).fill(process.env.DEMO_PASSWORD ?? "");
  // The demo password comes from the shared helper's convention.
});
