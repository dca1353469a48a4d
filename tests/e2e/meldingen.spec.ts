import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, login } from "./helpers.ts";

// The notification centre in a real browser: a notification appears, is opened (and so read), and
// the header's count follows — also live, in a second tab, over socket.io.

const port = Number(process.env.E2E_PORT ?? 3197);
// The database of this run's server (playwright.config.ts); written to as a feature would.
const database = path.join(os.tmpdir(), `leerkring-e2e-${port}.db`);
// A person of this test alone (a copy of a local partner's member, with the demo password). The
// other tests running beside this one still give everyone news (a meeting planned is for all
// invited), so the header's count is compared with what the database holds for this person at
// that moment, never with a fixed number.
const EMAIL = `meldingen-${Date.now().toString(36)}@leerkring.test`;

function createPerson() {
  const db = new Database(database);
  try {
    const columns = (db.prepare("PRAGMA table_info(users)").all() as { name: string }[])
      .map((c) => c.name)
      .filter((c) => !["id", "email", "name"].includes(c));
    const list = columns.join(", ");
    // In an organisation of its own: news to an organisation's members reaches nobody else here.
    const organisation = db
      .prepare("INSERT INTO organisations (slug, name, kind) VALUES (?, ?, 'welzijnsinstelling')")
      .run(EMAIL, `Stichting ${EMAIL}`).lastInsertRowid;
    db.prepare(
      `INSERT INTO users (email, name, ${list}) SELECT ?, 'Mila Meldingen', ${list} FROM users WHERE email = ?`,
    ).run(EMAIL, "kees.koster@leerkring.test");
    db.prepare("UPDATE users SET organisation_id = ? WHERE email = ?").run(organisation, EMAIL);
  } finally {
    db.close();
  }
}

function query<T>(sql: string, ...params: unknown[]): T {
  const db = new Database(database, { readonly: true });
  try {
    return db.prepare(sql).get(...params) as T;
  } finally {
    db.close();
  }
}

const unreadInDatabase = () =>
  query<{ n: number }>(
    `SELECT count(*) AS n FROM notifications
     WHERE read_at IS NULL AND user_id = (SELECT id FROM users WHERE email = ?)`,
    EMAIL,
  ).n;

const isRead = (titel: string) =>
  query<{ read: number }>(
    `SELECT read_at IS NOT NULL AS read FROM notifications
     WHERE json_extract(params, '$.titel') = ? AND user_id = (SELECT id FROM users WHERE email = ?)`,
    titel,
    EMAIL,
  ).read === 1;

/** The header's link (and, once something changed live, its live region) says what the database holds. */
async function expectCountAsStored(page: Page, { live = false } = {}) {
  await expect(async () => {
    const n = unreadInDatabase();
    await expect(
      page.getByRole("link", { name: n ? `Meldingen, ${n} ongelezen` : "Meldingen", exact: true }),
    ).toBeVisible({ timeout: 1_000 });
    if (live)
      await expect(page.getByTestId("meldingen-live")).toHaveText(
        n ? `${n} ongelezen ${n === 1 ? "melding" : "meldingen"}` : "Geen ongelezen meldingen",
        { timeout: 1_000 },
      );
  }).toPass();
}

function giveNotification(titel: string) {
  const db = new Database(database);
  try {
    const { id } = db.prepare("SELECT id FROM users WHERE email = ?").get(EMAIL) as { id: number };
    db.prepare(
      "INSERT INTO notifications (user_id, category, kind, params, link) VALUES (?, ?, ?, ?, ?)",
    ).run(
      id,
      "bijeenkomsten",
      "bijeenkomst.melding.gepland",
      JSON.stringify({ titel, wanneer: "12 januari 14:00", waar: "Stadhuis" }),
      "/agenda",
    );
  } finally {
    db.close();
  }
}

test("a notification appears, is read, and the header's count follows", async ({ browser }) => {
  createPerson();
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, EMAIL);
  // Whatever the demo data gave this person before: read, so the count starts at nothing.
  const origin = new URL(test.info().project.use.baseURL!).origin;
  await page.request.post("/meldingen", {
    form: { intent: "alles-gelezen" },
    headers: { Origin: origin },
  });
  await page.goto("/meldingen");
  await expectCountAsStored(page);

  const titel = `E2E ${Math.random().toString(36).slice(2, 7)}`;
  const before = unreadInDatabase();
  giveNotification(titel);
  giveNotification(`${titel} tweede`);
  expect(unreadInDatabase()).toBeGreaterThanOrEqual(before + 2);
  await page.reload();
  await expectCountAsStored(page);
  const open = page.getByRole("button", { name: `Nieuwe bijeenkomst: ${titel} (Ongelezen)` });
  await expect(open).toBeVisible();
  await expectAccessible(page);

  // Opening it leads to its link and marks it read, and the count follows.
  await open.click();
  await expect(page).toHaveURL(/\/agenda$/);
  await expect.poll(() => isRead(titel)).toBe(true);
  expect(isRead(`${titel} tweede`)).toBe(false);
  await expectCountAsStored(page);

  // Another tab marks all read: the first tab's header hears it live, without reloading.
  const other = await context.newPage();
  await other.goto("/meldingen");
  await expect(
    other.getByRole("button", { name: `Nieuwe bijeenkomst: ${titel}`, exact: true }),
  ).toBeVisible();
  await other.getByRole("button", { name: "Alles gelezen" }).click();
  await expect(other.getByText("Alle meldingen staan op gelezen.")).toBeVisible();
  await expect.poll(() => isRead(`${titel} tweede`)).toBe(true);
  await expectCountAsStored(page, { live: true });
  await context.close();
});
