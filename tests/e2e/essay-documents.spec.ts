import { expect, test, type Browser, type Page } from "@playwright/test";
import { essayOf, expectAccessible, login } from "./helpers.ts";

// A richer essay: started from the template, a table typed with the keyboard only, a footnote;
// published, read with its table headers and footnotes, and downloaded as a tagged PDF.

const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());
const run = Date.now().toString(36);
const THEMA = "Het hoe en wat van sociale steunstructuren";

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await login(page, email);
  return page;
}

test("an essay with a table and a footnote is published and downloads as a tagged PDF", async ({
  browser,
}) => {
  const leader = await as(browser, "projectleider@leerkring.test");
  await leader.goto("/agenda/nieuw?soort=thema");
  await leader.getByLabel("Titel").fill(`Steunstructuren ${run}`);
  await leader.getByLabel("Thema", { exact: true }).selectOption({ label: THEMA });
  await leader.getByLabel("Datum").fill(today);
  await leader.getByLabel("Begintijd").fill("00:00");
  await leader.getByLabel("Eindtijd").fill("23:59");
  await leader.getByLabel("Locatie").fill("Zwolle");
  await leader.getByRole("button", { name: "Bijeenkomst plannen" }).click();
  await leader.getByRole("button", { name: "Markeren als gehouden" }).click();
  await expect(leader.getByText("Deze bijeenkomst is gehouden.")).toBeVisible();

  const page = await as(browser, "medewerker@leerkring.test");
  await essayOf(page, `Steunstructuren ${run}`).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(THEMA);
  const editor = page.getByRole("textbox", { name: "Notities, samen bewerken" });
  await expect(editor).toBeVisible();

  // The empty essay offers the template: the structure the trajectory asks of an essay.
  const template = page.getByRole("button", { name: "Begin met het sjabloon" });
  await template.focus();
  await page.keyboard.press("Enter");
  await expect(editor.getByRole("heading", { name: "Wat werkt" })).toBeVisible();
  await expect(template).toHaveCount(0);
  await expect(editor.getByRole("heading", { name: "Verder lezen" })).toBeVisible();

  // Under "Wat werkt": a sentence with a footnote, then a table typed with the keyboard.
  await editor.getByRole("heading", { name: "Wat werkt" }).click();
  await page.keyboard.press("End");
  await page.keyboard.press("ArrowRight"); // into the empty paragraph below
  await page.keyboard.type(`Buurtteams werken ${run}`);
  const footnote = page.getByRole("button", { name: "Voetnoot" });
  await footnote.focus();
  await page.keyboard.press("Enter");
  await page.getByLabel("Tekst van de voetnoot").fill("Movisie, Sterke sociale basis (2021).");
  await page.getByRole("button", { name: "Voetnoot toepassen" }).press("Enter");
  await expect(editor.locator("sup.leerkring-footnote")).toHaveCount(1);
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");

  const insert = page.getByRole("button", { name: "Tabel invoegen" });
  await insert.focus();
  await page.keyboard.press("Enter");
  await expect(editor.locator("table th")).toHaveCount(3);
  // The cursor is in the first header cell; Tab moves to the next cell.
  for (const [i, cell] of [
    "Gemeente",
    "Aanpak",
    "Sinds",
    "Zwolle",
    "Buurtteams",
    "2024",
  ].entries()) {
    if (i > 0) await page.keyboard.press("Tab");
    await page.keyboard.type(cell);
  }
  await expect(editor.locator("table tr").nth(1)).toContainText("Zwolle");
  // Inside the table the toolbar offers its own actions, with names.
  await expect(page.getByRole("button", { name: "Rij verwijderen" })).toBeVisible();
  const addRow = page.getByRole("button", { name: "Rij toevoegen" });
  await addRow.focus();
  await page.keyboard.press("Enter");
  await expect(editor.locator("table tr")).toHaveCount(4);
  await page.keyboard.press("Tab"); // from the last cell into the new row, which goes again
  const deleteRow = page.getByRole("button", { name: "Rij verwijderen" });
  await deleteRow.focus();
  await page.keyboard.press("Enter");
  await expect(editor.locator("table tr")).toHaveCount(3);
  await expectAccessible(page);

  await page.getByRole("button", { name: "Review aanvragen" }).click();
  await expect(page.getByText("Het essay ligt nu voor review.")).toBeVisible();
  await page.getByRole("button", { name: "Publiceren" }).click();
  await expect(page.getByText(/Er is een versie van opgeslagen/)).toBeVisible();
  const essayUrl = page.url().replace(/\/schrijven$/, "");

  // A visitor reads it: the table with its column headers, the footnote at the end.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(essayUrl);
  await expect(visitor.getByText(`Buurtteams werken ${run}`)).toBeVisible();
  await expect(visitor.getByRole("columnheader", { name: "Gemeente" })).toBeVisible();
  await expect(visitor.getByRole("cell", { name: "Zwolle" })).toBeVisible();
  await expect(visitor.getByRole("heading", { name: "Voetnoten" })).toBeVisible();
  await expect(visitor.locator("#voetnoot-1")).toContainText("Movisie, Sterke sociale basis");
  await expectAccessible(visitor);

  const [download] = await Promise.all([
    visitor.waitForEvent("download"),
    visitor.getByRole("link", { name: "PDF" }).click(),
  ]);
  const pdf = Buffer.concat(await (await download.createReadStream()).toArray()).toString("latin1");
  // pdfkit compresses page content, not the objects of the structure tree: those can be read.
  expect(pdf).toMatch(/\/Marked true/);
  expect(pdf).toMatch(/\/StructTreeRoot \d+ 0 R/);
  expect(pdf).toContain("/Lang (nl-NL)");
  for (const type of ["Document", "H1", "H2", "P", "Table", "TR", "TH", "TD", "L", "LI"]) {
    expect(pdf).toContain(`/S /${type}\n`);
  }
});
