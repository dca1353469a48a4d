import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessible, login } from "./helpers.ts";

// A second-circle member reads what the second circle takes part in and asks to join the first
// circle; a project leader declines with reasons (accepting would move the demo's Alkmaar, which
// other tests rely on being in the second circle); the member reads them, at 320 px too.

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await login(page, email);
  return page;
}

test("a second-circle municipality asks to join the first circle and hears the decision", async ({
  browser,
}) => {
  const member = await as(browser, "hanna.berg@leerkring.test");
  await member.goto("/");
  await expect(member.getByRole("heading", { name: "Tweede kring" })).toBeVisible();
  await member.getByRole("link", { name: "Wat de tweede kring inhoudt, en toetreden" }).click();
  await expect(member.getByRole("heading", { level: 1 })).toHaveText("Eerste en tweede kring");
  await member.getByRole("button", { name: "Toetreding aanvragen" }).click();
  await expect(member.getByText("Vul dit veld in.")).toBeVisible();
  await member
    .getByLabel("Waarom wil je gemeente toetreden?")
    .fill("Alkmaar wil een casus over de wijkteams in Oudorp inbrengen.");
  await member.getByRole("button", { name: "Toetreding aanvragen" }).click();
  await expect(member.getByText("Je verzoek is naar de projectleiders gestuurd.")).toBeVisible();
  await expect(member.getByText(/ligt bij de projectleiders/)).toBeVisible();
  await expectAccessible(member);

  const leader = await as(browser, "projectleider@leerkring.test");
  await leader.goto("/");
  await leader.getByRole("link", { name: "Verzoeken bekijken" }).click();
  const request = leader.getByRole("listitem").filter({ hasText: "wijkteams in Oudorp" });
  await request.getByLabel("Afwijzen").check();
  await request.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(
    leader.getByText("Schrijf op waarom het verzoek wordt afgewezen; de gemeente leest het."),
  ).toBeVisible();
  await request.getByLabel("Redenen").fill("De eerste kring is dit seizoen vol.");
  await request.getByLabel("Afwijzen").check();
  await request.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(
    leader.getByText("Het besluit is vastgelegd; de gemeente hoort ervan."),
  ).toBeVisible();
  await expectAccessible(leader);

  await member.setViewportSize({ width: 320, height: 800 });
  await member.goto("/eerste-kring");
  await expect(member.getByText(/is op .* afgewezen/)).toBeVisible();
  await expect(member.getByText("De eerste kring is dit seizoen vol.")).toBeVisible();
  await expectAccessible(member);
});
