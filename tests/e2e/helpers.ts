import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { simpleParser, type ParsedMail } from "mailparser";
import { e2eMail } from "./mail-server.ts";

export const DEMO_PASSWORD = "demo-leerkring";

/**
 * Logs in as the real login action does, without typing the form (as the Epic Stack's login
 * fixture does): the session cookie lands in the page's browser context, shared with
 * `page.request`. One test in foundation.spec.ts types the real form (`loginWithForm`).
 */
export async function login(page: Page, email: string, password = DEMO_PASSWORD) {
  const origin = new URL(test.info().project.use.baseURL!).origin;
  const response = await page.request.post("/inloggen", {
    form: { email, password, redirectTo: "/" },
    headers: { Origin: origin },
    maxRedirects: 0,
  });
  expect(response.status(), `login of ${email}`).toBe(302);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Welkom");
}

/** Logs in through the login form, as a person does. */
export async function loginWithForm(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Welkom");
}

/** No serious or critical WCAG 2.1 AA violations on the page as it is now. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(serious).toEqual([]);
}

/** The mails the e2e run's SMTP server received so far (global-setup.ts), parsed. */
export async function readMails(): Promise<ParsedMail[]> {
  const port = Number(new URL(test.info().project.use.baseURL!).port);
  const { dir } = e2eMail(port);
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".eml")) : [];
  return Promise.all(files.sort().map((f) => simpleParser(fs.readFileSync(path.join(dir, f)))));
}

/** Waits until a mail that `matches` has arrived, and returns it. */
export async function waitForMail(
  matches: (mail: ParsedMail) => boolean,
  timeoutMs = 60_000,
): Promise<ParsedMail> {
  let found: ParsedMail | undefined;
  await expect
    .poll(async () => (found = (await readMails()).find(matches)) !== undefined, {
      timeout: timeoutMs,
      message: "the expected mail to arrive",
    })
    .toBe(true);
  return found!;
}

/** The recipients of a parsed mail, lower-cased. */
export function mailRecipients(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((a) => a.value.map((v) => v.address?.toLowerCase() ?? ""));
}

/**
 * The link to the essay of the meeting with this title, on a staff member's dashboard. Other
 * tests and runs hold meetings on the same theme and day, so the theme alone does not say which.
 */
export function essayOf(page: Page, meetingTitle: string) {
  return page
    .locator("section", { has: page.locator("#essays") })
    .getByRole("listitem")
    .filter({ hasText: meetingTitle })
    .getByRole("link");
}
