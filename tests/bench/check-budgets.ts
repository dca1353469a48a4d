// Runs after `react-router build` (package.json "build"): the build fails when a page kind's
// JavaScript or CSS is over its budget (tests/bench/page-budgets.ts). Static and fast: for each
// kind it follows the chunks its route loads in the browser — React Router's manifest, the entry,
// the root and the route module, their imports and dynamic imports (the lazily loaded editor;
// the other language's catalogue is not fetched, so not counted) — and adds up the brotli copies
// the build wrote (what the server sends). `npm run size` measures the same pages in Chromium;
// its figures are some KB higher (response headers, ≈ 0.4 KB a file), except for the anonymous
// pages, which never fetch the live notification count's socket.io client that this sum counts.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { budgets } from "./page-budgets.ts";

const assets = path.resolve("build/client/assets");
const manifestFile = fs.readdirSync(assets).find((f) => /^manifest-.*\.js$/.test(f));
if (!manifestFile) throw new Error("no React Router manifest in build/client/assets");
const manifestText = fs.readFileSync(path.join(assets, manifestFile), "utf8");
const manifest = JSON.parse(
  manifestText.slice(manifestText.indexOf("{"), manifestText.lastIndexOf("}") + 1),
) as {
  entry: { module: string; imports: string[] };
  routes: Record<string, { module: string; imports?: string[]; css?: string[] }>;
};

/** The catalogue of English, fetched only by a page in English. */
const otherLanguage = /^en-[\w-]+\.js$/;

/** Bytes sent: the brotli copy where the build wrote one, else the file itself (under 1 KB). */
const sent = (name: string) => {
  const file = path.join(assets, name);
  if (fs.existsSync(`${file}.br`)) return fs.statSync(`${file}.br`).size;
  return zlib.brotliCompressSync(fs.readFileSync(file)).byteLength;
};

function chunksOf(routeId: string) {
  const js = new Set<string>([manifestFile!]);
  const css = new Set<string>();
  const visit = (file: string) => {
    const name = path.basename(file);
    if (js.has(name) || otherLanguage.test(name)) return;
    js.add(name);
    const code = fs.readFileSync(path.join(assets, name), "utf8");
    for (const m of code.matchAll(/(?:from|import)\s*\(?\s*["']\.\/([^"']+\.js)["']/g))
      visit(m[1]!);
    for (const m of code.matchAll(/["']\/assets\/([^"']+\.css)["']/g)) css.add(m[1]!);
  };
  for (const id of ["root", routeId]) {
    const route = manifest.routes[id];
    if (!route) throw new Error(`route ${id} not in the manifest`);
    for (const f of [route.module, ...(route.imports ?? [])]) visit(f);
    for (const f of route.css ?? []) css.add(path.basename(f));
  }
  for (const f of [manifest.entry.module, ...manifest.entry.imports]) visit(f);
  return { js, css };
}

const kb = (n: number) => +(n / 1024).toFixed(1);
const over: string[] = [];
const lines: string[] = [];
for (const [kind, budget] of Object.entries(budgets)) {
  const { js, css } = chunksOf(budget.route);
  const jsKB = kb([...js].reduce((n, f) => n + sent(f), 0));
  const cssKB = kb([...css].reduce((n, f) => n + sent(f), 0));
  const problems = [
    jsKB > budget.jsKB && `JS ${jsKB} KB > ${budget.jsKB} KB`,
    cssKB > budget.cssKB && `CSS ${cssKB} KB > ${budget.cssKB} KB`,
  ].filter(Boolean);
  if (problems.length) over.push(`${kind} (${budget.route}): ${problems.join(", ")}`);
  lines.push(
    `${kind.padEnd(9)} JS ${String(jsKB).padStart(6)} / ${budget.jsKB} KB  CSS ${String(cssKB).padStart(5)} / ${budget.cssKB} KB`,
  );
}
if (process.argv.includes("--verbose") || over.length) console.info(lines.join("\n"));
if (over.length) {
  console.error(`Page weight over budget (tests/bench/page-budgets.ts):\n  ${over.join("\n  ")}`);
  process.exit(1);
}
console.info("Page weight within budget (brotli): every page kind's JS and CSS.");
