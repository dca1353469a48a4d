import { expect, test } from "@playwright/test";
import { essayOf, login } from "./helpers.ts";

// Typing "@" in the essay editor offers people who may read the draft; the keyboard chooses one.

const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());
const run = Date.now().toString(36);

test("a writer mentions a colleague in the essay with the keyboard", async ({ browser }) => {
  const leader = await (await browser.newContext()).newPage();
  await login(leader, "projectleider@leerkring.test");
  await leader.goto("/agenda/nieuw?soort=thema");
  await leader.getByLabel("Titel").fill(`Vermelding ${run}`);
  await leader.getByLabel("Thema", { exact: true }).selectOption({ label: "Inwoners betrekken" });
  await leader.getByLabel("Datum").fill(today);
  await leader.getByLabel("Begintijd").fill("00:00");
  await leader.getByLabel("Eindtijd").fill("23:59");
  await leader.getByLabel("Locatie").fill("Utrecht");
  await leader.getByRole("button", { name: "Bijeenkomst plannen" }).click();
  await leader.getByRole("button", { name: "Markeren als gehouden" }).click();
  await expect(leader.getByText("Deze bijeenkomst is gehouden.")).toBeVisible();

  const page = await (await browser.newContext()).newPage();
  await login(page, "medewerker@leerkring.test");
  await essayOf(page, `Vermelding ${run}`).click();
  const editor = page.getByRole("textbox", { name: "Notities, samen bewerken" });
  await expect(editor).toBeVisible();
  await editor.click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type(`Vraag ${run} aan @Rub`);
  const list = page.getByRole("listbox", { name: "Personen om te noemen" });
  const option = list.getByRole("option", { name: "Ruben Bakker" });
  await expect(option).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "gevonden" })).toBeVisible();
  await expect(editor).toHaveAttribute("aria-activedescendant", (await option.getAttribute("id"))!);
  await page.keyboard.press("Enter");
  await expect(list).toBeHidden();
  await expect(editor).toContainText(`Vraag ${run} aan @Ruben Bakker`);
});
