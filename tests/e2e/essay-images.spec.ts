import { expect, test, type Browser, type Page } from "@playwright/test";
import sharp from "sharp";
import { essayOf, expectAccessible, login } from "./helpers.ts";

// An image in an essay: uploaded from the editor's "Afbeelding invoegen", refused without alt
// text, inserted with it, and embedded in the published essay's PDF as a Figure with that text.

const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());
const run = Date.now().toString(36);
const THEMA = "Het hoe en wat van sociale steunstructuren";

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await login(page, email);
  return page;
}

test("an image is uploaded and inserted with its alt text, and the PDF embeds it", async ({
  browser,
}) => {
  const leader = await as(browser, "projectleider@leerkring.test");
  await leader.goto("/agenda/nieuw?soort=thema");
  await leader.getByLabel("Titel").fill(`Beeldverslag ${run}`);
  await leader.getByLabel("Thema", { exact: true }).selectOption({ label: THEMA });
  await leader.getByLabel("Datum").fill(today);
  await leader.getByLabel("Begintijd").fill("00:00");
  await leader.getByLabel("Eindtijd").fill("23:59");
  await leader.getByLabel("Locatie").fill("Deventer");
  await leader.getByRole("button", { name: "Bijeenkomst plannen" }).click();
  await leader.getByRole("button", { name: "Markeren als gehouden" }).click();
  await expect(leader.getByText("Deze bijeenkomst is gehouden.")).toBeVisible();

  const page = await as(browser, "medewerker@leerkring.test");
  await essayOf(page, `Beeldverslag ${run}`).click();
  const editor = page.getByRole("textbox", { name: "Notities, samen bewerken" });
  await expect(editor).toBeVisible();
  await editor.click();
  await page.keyboard.type(`Zo zag de wijk eruit ${run}`);
  await page.keyboard.press("Enter");

  await page.getByRole("button", { name: "Afbeelding invoegen" }).click();
  const png = await sharp({
    create: { width: 60, height: 40, channels: 3, background: "#2d7031" },
  })
    .png()
    .toBuffer();
  await page.getByLabel("Afbeelding", { exact: true }).setInputFiles({
    name: `wijkkaart-${run}.png`,
    mimeType: "image/png",
    buffer: png,
  });
  // Without alt text the image is refused, with a message beside the field.
  const place = page.getByRole("button", { name: "Afbeelding plaatsen" });
  await place.click();
  await expect(page.getByRole("alert")).toHaveText(
    "Geef de afbeelding een beschrijving (alt-tekst).",
  );
  await expect(editor.locator("img")).toHaveCount(0);
  await page.getByLabel("Beschrijving (alt-tekst)").fill("Kaart van de wijk met drie buurthuizen");
  await place.click();
  const image = editor.getByRole("img", { name: "Kaart van de wijk met drie buurthuizen" });
  await expect(image).toBeVisible();
  await expect(image).toHaveAttribute("src", /^\/bijlagen\/\d+$/);
  await expect(place).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole("button", { name: "Review aanvragen" }).click();
  await expect(page.getByText("Het essay ligt nu voor review.")).toBeVisible();
  await page.getByRole("button", { name: "Publiceren" }).click();
  await expect(page.getByText(/Er is een versie van opgeslagen/)).toBeVisible();
  const essayUrl = page.url().replace(/\/schrijven$/, "");

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(essayUrl);
  await expect(visitor.getByText(`Zo zag de wijk eruit ${run}`)).toBeVisible();
  const [download] = await Promise.all([
    visitor.waitForEvent("download"),
    visitor.getByRole("link", { name: "PDF" }).click(),
  ]);
  const pdf = Buffer.concat(await (await download.createReadStream()).toArray()).toString("latin1");
  expect(pdf).toMatch(/\/Subtype \/Image/);
  expect(pdf).toMatch(/\/S \/Figure[\s\S]*?\/Alt \(Kaart van de wijk met drie buurthuizen\)/);
});
