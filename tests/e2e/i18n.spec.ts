import { expect, test, type Page } from "@playwright/test";
import { en } from "#shared/i18n/en/index.ts";
import { nl } from "#shared/i18n/nl/index.ts";

/** Opens the landing page and returns what the console said and the scripts the page loaded. */
async function openLandingPage(page: Page) {
  const messages: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") messages.push(message.text());
  });
  page.on("pageerror", (error) => messages.push(error.message));
  const scripts: Promise<string>[] = [];
  page.on("response", (response) => {
    if (response.url().endsWith(".js")) scripts.push(response.text());
  });
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  return { messages, scripts: await Promise.all(scripts) };
}

for (const [locale, own, other, acceptLanguage] of [
  ["nl", nl, en, "nl-NL"],
  ["en", en, nl, "en-GB"],
] as const) {
  test(`a ${locale} page hydrates without warnings and loads only its own language`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale: acceptLanguage });
    const page = await context.newPage();
    const { messages, scripts } = await openLandingPage(page);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(own["landing.titel"]);
    expect(messages).toEqual([]);
    expect(scripts.filter((s) => s.includes(own["landing.titel"]))).toHaveLength(1);
    expect(scripts.filter((s) => s.includes(other["landing.titel"]))).toHaveLength(0);
    await context.close();
  });
}
