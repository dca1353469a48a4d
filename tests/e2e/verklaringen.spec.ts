import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, login } from "./helpers.ts";

// The privacy and accessibility statements: public, reached from every page's footer, accessible,
// and fit for the narrowest phone.

async function expectNoHorizontalOverflow(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(await page.evaluate(() => window.innerWidth));
}

for (const [locale, acceptLanguage, footer, statements] of [
  [
    "nl",
    "nl-NL",
    "Over deze website",
    [
      ["Privacyverklaring", "Uw rechten"],
      ["Toegankelijkheidsverklaring", "Status: voldoet gedeeltelijk"],
    ],
  ],
  [
    "en",
    "en-GB",
    "About this website",
    [
      ["Privacy statement", "Your rights"],
      ["Accessibility statement", "Status: partially compliant"],
    ],
  ],
] as const) {
  test(`a visitor opens both statements from the footer (${locale}), also at 320 px`, async ({
    browser,
  }) => {
    const context = await browser.newContext({
      locale: acceptLanguage,
      viewport: { width: 320, height: 800 },
    });
    const page = await context.newPage();
    for (const [title, section] of statements) {
      await page.goto("/themas");
      await page
        .getByRole("navigation", { name: footer })
        .getByRole("link", { name: title })
        .click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      await expect(page.getByRole("heading", { level: 2, name: section })).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expectAccessible(page);
      await expectNoHorizontalOverflow(page);
    }
    await context.close();
  });
}

test("a beheerder rewords the privacy statement and goes back to the standard text", async ({
  page,
}) => {
  await login(page, "beheerder@leerkring.test");
  await page.goto("/beheer/verklaringen");
  await expectAccessible(page);
  const privacy = page.getByRole("region", { name: "Privacyverklaring" });
  await privacy
    .getByLabel("Tekst in het Nederlands")
    .fill("## Onze afspraken\n\nKort en <b>goed</b>.");
  await privacy.getByRole("button", { name: "Privacyverklaring opslaan" }).click();
  await expect(page.getByText("De verklaring is opgeslagen.")).toBeVisible();

  await page.goto("/privacy");
  await expect(page.getByRole("heading", { level: 2, name: "Onze afspraken" })).toBeVisible();
  await expect(page.getByText("Kort en <b>goed</b>.")).toBeVisible();
  await expectAccessible(page);

  await page.goto("/beheer/verklaringen");
  await page.getByRole("button", { name: "Terug naar standaardtekst (Privacyverklaring)" }).click();
  await page.getByRole("button", { name: "Ja, terug naar de standaardtekst" }).click();
  await expect(page.getByText("De pagina toont weer de standaardtekst.")).toBeVisible();
  await page.goto("/privacy");
  await expect(page.getByRole("heading", { level: 2, name: "Uw rechten" })).toBeVisible();
});
