// npm run size [-- --json]
// The first-load weight of each kind of page, as Chromium gets it: the production build in its own
// process (demo data), Debian's Chromium, a fresh browser context per page (cold cache), and every
// response's bytes on the wire (CDP's encodedDataLength: compressed, headers included) summed per
// type. Exits 1 when a page is over its budget (tests/bench/page-budgets.ts).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { chromium, type Browser } from "playwright-core";
import { loginCookie, startServer } from "#tests/setup/server-process.ts";
import {
  budgets,
  EDITOR_JS_TARGET_KB,
  ORDINARY_TOTAL_TARGET_KB,
  type PageKind,
} from "./page-budgets.ts";

const asJson = process.argv.includes("--json");
const types = ["html", "js", "css", "font", "image", "other"] as const;
type Type = (typeof types)[number];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "leerkring-size-"));
const database = path.join(dir, "size.db");
const server = await startServer({ database });
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});

const typeOf: Record<string, Type> = {
  Document: "html",
  Script: "js",
  Stylesheet: "css",
  Font: "font",
  Image: "image",
};

async function measure(browser: Browser, url: string, cookie?: string) {
  const context = await browser.newContext({ locale: "nl-NL" });
  if (cookie) {
    const [name, value] = cookie.split("=") as [string, string];
    await context.addCookies([{ name, value, url: server.url }]);
  }
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const kinds = new Map<string, Type>();
  const bytes = Object.fromEntries(types.map((t) => [t, 0])) as Record<Type, number>;
  let finalUrl = url;
  cdp.on("Network.responseReceived", (e) => {
    kinds.set(e.requestId, typeOf[e.type] ?? "other");
    if (e.type === "Document") finalUrl = e.response.url;
  });
  cdp.on("Network.loadingFinished", (e) => {
    const type = kinds.get(e.requestId);
    if (type) bytes[type] += e.encodedDataLength;
  });
  await page.goto(url, { waitUntil: "load" });
  // The lazily loaded parts (the editor, the catalogue before hydration) come after "load".
  await page.waitForLoadState("networkidle").catch(() => {});
  await context.close();
  if (new URL(finalUrl).pathname !== new URL(url).pathname) {
    throw new Error(`${url} went to ${finalUrl}`);
  }
  return bytes;
}

try {
  const db = new Database(database, { readonly: true });
  const meeting = db.prepare("select id from bijeenkomsten order by id limit 1").get() as {
    id: number;
  };
  const essay = db
    .prepare("select slug from essays where status = 'gepubliceerd' order by id limit 1")
    .get() as { slug: string };
  db.close();
  const cookie = await loginCookie(server.url, "projectleider@leerkring.test");
  const pages: { kind: PageKind; path: string; cookie?: string }[] = [
    { kind: "landing", path: "/" },
    { kind: "login", path: "/inloggen" },
    { kind: "dashboard", path: "/", cookie },
    { kind: "meeting", path: `/bijeenkomsten/${meeting.id}`, cookie },
    { kind: "essay", path: `/essays/${essay.slug}`, cookie },
    { kind: "editor", path: `/essays/${essay.slug}/schrijven`, cookie },
    { kind: "monitor", path: "/monitor", cookie },
    { kind: "search", path: "/zoeken?q=wijk", cookie },
  ];
  const kb = (n: number) => +(n / 1024).toFixed(1);
  const results = [];
  for (const p of pages) {
    const bytes = await measure(browser, server.url + p.path, p.cookie);
    const total = Object.values(bytes).reduce((a, b) => a + b, 0);
    const budget = budgets[p.kind];
    const over = [
      kb(bytes.js) > budget.jsKB && "js",
      kb(bytes.css) > budget.cssKB && "css",
      kb(total) > budget.totalKB && "total",
    ].filter(Boolean) as string[];
    results.push({
      kind: p.kind,
      path: p.path,
      ...Object.fromEntries(types.map((t) => [`${t}KB`, kb(bytes[t])])),
      totalKB: kb(total),
      budget: { jsKB: budget.jsKB, cssKB: budget.cssKB, totalKB: budget.totalKB },
      over,
    });
  }
  const withinBudget = results.every((r) => r.over.length === 0);
  if (asJson) {
    console.info(
      JSON.stringify({
        browser: "chromium",
        withinBudget,
        targets: { ordinaryTotalKB: ORDINARY_TOTAL_TARGET_KB, editorJsKB: EDITOR_JS_TARGET_KB },
        pages: results,
      }),
    );
  } else {
    const cols = ["page", ...types, "total", "budget js/css/total", ""];
    const rows = results.map((r) => [
      r.kind,
      ...types.map((t) => String((r as Record<string, unknown>)[`${t}KB`])),
      String(r.totalKB),
      `${r.budget.jsKB}/${r.budget.cssKB}/${r.budget.totalKB}`,
      r.over.length ? `OVER (${r.over.join(", ")})` : "ok",
    ]);
    const widths = cols.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i]!.length)));
    for (const row of [cols, ...rows]) {
      console.info(
        row.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  "),
      );
    }
    console.info("KB on the wire (compressed, headers included), first load, cold cache.");
  }
  process.exitCode = withinBudget ? 0 : 1;
} finally {
  await browser.close();
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
