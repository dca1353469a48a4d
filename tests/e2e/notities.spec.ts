import { expect, test, type Browser, type Page } from "@playwright/test";
import sharp from "sharp";
import { expectAccessible, login } from "./helpers.ts";

// Live notes in two (or three) real browsers. Meetings of the demo season: 2 is the next
// intervision session (first-circle deelnemers write along), 3–6 are theme meetings (db/seed/demo.ts
// keeps these ids, and db/seed/demo.test.ts checks it). Each test uses its own
// meeting, so the tests can run side by side.

const EDITOR = "Notities, samen bewerken";
/** Makes typed text unique to this run, whatever earlier runs left in the document. */
const mark = (text: string) => `${text} ${Math.random().toString(36).slice(2, 7)}.`;

async function openNotes(browser: Browser, email: string, meeting: number) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, email);
  await page.goto(`/bijeenkomsten/${meeting}/notities`);
  await expect(connection(page)).toContainText("Verbonden");
  return { context, page };
}

const editor = (page: Page) => page.getByRole("textbox", { name: EDITOR });
const connection = (page: Page) =>
  page.getByRole("status").filter({ hasText: /Verbonden|Verbinden|verbinden|Offline/ });

/** The text of the notes without the name labels of other people's carets. */
function notesText(page: Page): Promise<string> {
  return editor(page).evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll(".collaboration-carets__caret").forEach((caret) => caret.remove());
    return copy.innerText.replace(/\s+/g, " ").trim();
  });
}

async function typeAtEnd(page: Page, text: string) {
  await editor(page).click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type(text);
}

test("two people write together and see each other's text and named caret", async ({ browser }) => {
  const pieter = await openNotes(browser, "projectleider@leerkring.test", 3);
  const marloes = await openNotes(browser, "medewerker@leerkring.test", 3);
  const opening = mark("Opening door Pieter");
  const addition = mark("Aanvulling van Marloes");
  await typeAtEnd(pieter.page, `${opening} `);
  await expect(editor(marloes.page)).toContainText(opening);
  await typeAtEnd(marloes.page, addition);
  await expect(editor(pieter.page)).toContainText(addition);
  await expect(
    pieter.page.locator(".collaboration-carets__label", { hasText: "Marloes Jansen" }).first(),
  ).toBeVisible();
  const presence = pieter.page.getByRole("region", { name: /Aanwezig/ });
  await expect(presence).toContainText("Marloes Jansen");
  await expect(presence).toContainText("Pieter van Dam (jij)");
  await expectAccessible(pieter.page);

  // The toolbar works from the keyboard: one tab stop, arrow keys between the buttons.
  const toolbar = pieter.page.getByRole("toolbar", { name: "Opmaak" });
  await toolbar.getByRole("button", { name: "Kop", exact: true }).focus();
  await pieter.page.keyboard.press("ArrowRight");
  await pieter.page.keyboard.press("ArrowRight");
  await expect(toolbar.getByRole("button", { name: "Vet" })).toBeFocused();
  // Label in name (WCAG 2.5.3): a button's visible text is its name; symbols carry a name instead.
  const buttons = toolbar.getByRole("button");
  const texts = await buttons.evaluateAll((all) =>
    all.map((b) => ({
      visible: [...b.childNodes]
        .filter((n) => !(n instanceof Element && n.getAttribute("aria-hidden") === "true"))
        .map((n) => n.textContent)
        .join("")
        .trim(),
      label: b.getAttribute("aria-label"),
    })),
  );
  expect(texts.filter((b) => b.visible).map((b) => b.visible)).toEqual([
    "Kop",
    "Tussenkop",
    "Vet",
    "Cursief",
    "Genummerde lijst",
    "Link",
    "Voetnoot",
    "Afbeelding invoegen",
    "Tabel invoegen",
  ]);
  for (const [i, b] of texts.entries()) {
    if (b.visible) await expect(buttons.nth(i)).toHaveAccessibleName(b.visible);
    else expect(b.label).toBeTruthy();
  }

  // The server renders the notes into the page before any JavaScript runs.
  const plain = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await pieter.context.storageState(),
  });
  const noJs = await plain.newPage();
  await noJs.goto("/bijeenkomsten/3/notities");
  await expect(noJs.getByRole("document", { name: "Notities van de bijeenkomst" })).toContainText(
    opening,
  );
  await plain.close();
  await pieter.context.close();
  await marloes.context.close();
});

// Intervision notes are closed to the second circle (tests/integration/permissions.test.ts); it
// reads the notes of theme meetings (3 is the first one) along.
test("a second-circle guest reads along live but cannot type", async ({ browser }) => {
  const lotte = await openNotes(browser, "projectleider@leerkring.test", 3);
  const hanna = await openNotes(browser, "hanna.berg@leerkring.test", 3);
  await expect(hanna.page.getByText("Je leest mee.")).toBeVisible();
  await expect(editor(hanna.page)).toHaveAttribute("contenteditable", "false");
  await expect(hanna.page.getByRole("toolbar")).toHaveCount(0);

  const casus = mark("Casus Hilversum besproken");
  await typeAtEnd(lotte.page, casus);
  await expect(editor(hanna.page)).toContainText(casus);
  await editor(hanna.page).click();
  await hanna.page.keyboard.type("inbreker");
  await expect(editor(hanna.page)).not.toContainText("inbreker");
  await expect(editor(lotte.page)).not.toContainText("inbreker");
  await expect(
    lotte.page
      .getByRole("region", { name: /Aanwezig/ })
      .getByText("Hanna van den Berg (leest mee)"),
  ).toBeVisible();
  await expectAccessible(hanna.page);
  await lotte.context.close();
  await hanna.context.close();
});

test("edits made offline merge when the connection returns", async ({ browser }) => {
  const yasmina = await openNotes(browser, "yasmina.elamrani@leerkring.test", 4);
  const ruben = await openNotes(browser, "ruben.bakker@leerkring.test", 4);
  const begin = mark("Begin");
  const offline = mark("Offline geschreven door Yasmina");
  const online = mark("Online geschreven door Ruben");
  await typeAtEnd(yasmina.page, `${begin} `);
  await expect(editor(ruben.page)).toContainText(begin);

  await yasmina.context.setOffline(true);
  await expect(connection(yasmina.page)).toContainText(
    "wijzigingen worden bewaard en verstuurd zodra je weer verbonden bent",
  );
  await typeAtEnd(yasmina.page, `${offline} `);
  await typeAtEnd(ruben.page, `${online} `);
  await expect(editor(ruben.page)).toContainText(online);
  await expect(editor(ruben.page)).not.toContainText(offline);

  await yasmina.context.setOffline(false);
  await expect
    .poll(
      async () => {
        const [a, b] = await Promise.all([notesText(yasmina.page), notesText(ruben.page)]);
        return a === b && a.includes(offline) && a.includes(online);
      },
      // socket.io reconnects with a back-off; on a loaded machine that can take seconds.
      { timeout: 30_000, intervals: [100] },
    )
    .toBe(true);
  await yasmina.context.close();
  await ruben.context.close();
});

test("someone saves a named version, views it and restores it", async ({ browser }) => {
  const { page, context } = await openNotes(browser, "projectleider@leerkring.test", 5);
  const first = mark("Eerste stand");
  const later = mark("Later toegevoegd");
  await typeAtEnd(page, first);
  await page.getByLabel("Naam van de versie").fill("Na de aftrap");
  await page.getByRole("button", { name: "Versie opslaan" }).click();
  await expect(page.getByText("De versie is opgeslagen.")).toBeVisible();
  await expect(page.getByRole("cell", { name: /Na de aftrap/ }).first()).toBeVisible();

  await expect(connection(page)).toContainText("Verbonden");
  await typeAtEnd(page, ` ${later}`);
  await expect(page.getByText("Verbonden")).toBeVisible();
  await page
    .getByRole("link", { name: /^Bekijken/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: /^Versie van/ })).toBeVisible();
  const version = page.getByRole("document", { name: "Notities van de bijeenkomst" });
  await expect(version).toContainText(first);
  await expect(version).not.toContainText(later);
  await page.getByRole("button", { name: "Deze versie terugzetten" }).click();
  await expect(page.getByText("De versie is teruggezet.")).toBeVisible();
  await expect(editor(page)).toContainText(first);
  await expect(editor(page)).not.toContainText(later);
  await expect(
    page.getByRole("cell", { name: "Vóór het terugzetten van een versie" }).first(),
  ).toBeVisible();
  await context.close();
});

test("a project leader inserts an image with its alt text into the notes", async ({ browser }) => {
  const { page, context } = await openNotes(browser, "projectleider@leerkring.test", 6);
  await editor(page).click();
  await page.getByRole("button", { name: "Afbeelding invoegen" }).click();
  const png = await sharp({
    create: { width: 48, height: 32, channels: 3, background: "#1f4e8c" },
  })
    .png()
    .toBuffer();
  const alt = mark("Flap met de afspraken van de tafel");
  await page.getByLabel("Afbeelding", { exact: true }).setInputFiles({
    name: "flap.png",
    mimeType: "image/png",
    buffer: png,
  });
  await page.getByLabel("Beschrijving (alt-tekst)").fill(alt);
  await page.getByRole("button", { name: "Afbeelding plaatsen" }).click();
  const image = editor(page).getByRole("img", { name: alt });
  await expect(image).toBeVisible();
  await expect(image).toHaveAttribute("src", /^\/bijlagen\/\d+$/);
  await expectAccessible(page);
  await context.close();
});
