import { chromium } from "@playwright/test";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
const B = "http://127.0.0.1:3999";
await p.goto(B + "/inloggen");
await p.fill("input[name=email]", process.argv[2] ?? "projectleider@leerkring.test");
await p.fill("input[name=password]", "demo-leerkring");
await p.click("button[type=submit]");
await p.waitForURL(B + "/");
for (const [path, file] of process.argv.slice(3).map((x) => x.split("="))) {
  await p.goto(B + path);
  await p.screenshot({ path: `/tmp/${file}.png`, fullPage: true });
}
await b.close();
