import fs from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { en } from "#shared/i18n/en/index.ts";
import { nl } from "#shared/i18n/nl/index.ts";
import { resetLoginThrottle } from "#app/auth/throttle.server.ts";
import { createUser, TEST_PASSWORD } from "#tests/factories.ts";
import { Client, startTestApp } from "#tests/setup/http.ts";

const app = startTestApp();
beforeEach(() => resetLoginThrottle());

describe("language", () => {
  it("serves Dutch by default", async () => {
    const html = await (await fetch(`${app.url}/`)).text();
    expect(html).toMatch(/<html lang="nl"/);
    expect(html).toContain("Samen leren over de sociale basis");
  });

  it("serves English to a visitor whose browser prefers it", async () => {
    const html = await (
      await fetch(`${app.url}/`, { headers: { "Accept-Language": "en-GB,en;q=0.9,nl;q=0.5" } })
    ).text();
    expect(html).toMatch(/<html lang="en"/);
    expect(html).toContain("Learning together");
  });

  it("follows the account's choice, whatever the browser says", async () => {
    const user = await createUser();
    const client = new Client(app, { "Accept-Language": "nl-NL" });
    await client.login(user.email, TEST_PASSWORD);
    const saved = await client.post("/account", { intent: "taal", locale: "en" });
    expect(saved.status).toBe(200);
    const html = await (await client.get("/account")).text();
    expect(html).toMatch(/<html lang="en"/);
    expect(html).toContain("My account");
    const invalid = await client.post("/account", { intent: "taal", locale: "fr" });
    expect(invalid.status).toBe(400);
  });
});

describe("the browser's catalogues", () => {
  // The production build that these tests serve: each language in a chunk of its own, which the
  // page fetches for its <html lang> (the e2e test i18n.spec.ts checks which ones a page loads).
  const assets = path.resolve("build/client/assets");
  const scripts = fs
    .readdirSync(assets)
    .filter((name) => name.endsWith(".js"))
    .map((name) => ({ name, text: fs.readFileSync(path.join(assets, name), "utf8") }));
  const holding = (text: string) => scripts.filter((s) => s.text.includes(text)).map((s) => s.name);

  it("keep each language in one chunk, apart from the other", () => {
    const english = holding(en["landing.titel"]);
    const dutch = holding(nl["landing.titel"]);
    expect(english).toHaveLength(1);
    expect(dutch).toHaveLength(1);
    expect(english).not.toEqual(dutch);
    expect(holding(en["zoeken.geenResultaten"])).toEqual(english);
    expect(holding(nl["zoeken.geenResultaten"])).toEqual(dutch);
  });
});
