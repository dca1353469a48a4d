// npm run size:editor [-- --json]
// The JavaScript the notes page (/bijeenkomsten/:id/notities) loads, gzipped, from the production
// build: React Router's manifest, the entry, the root and notes route modules, everything they
// import, and the lazily loaded editor. Budget (DESIGN.md): 300 KB. A page fetches the catalogue of
// its own language only (shared/i18n/catalogues.client.ts): the Dutch one is counted, not both.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const ROUTE = "routes/bijeenkomsten.$id.notities";
const BUDGET_KB = 300;
const assets = path.resolve("build/client/assets");
if (!fs.existsSync(assets)) {
  console.error("Geen build gevonden: draai eerst `npm run build`.");
  process.exit(1);
}

const manifestFile = fs.readdirSync(assets).find((f) => /^manifest-.*\.js$/.test(f));
if (!manifestFile) throw new Error("no React Router manifest in build/client/assets");
const manifestText = fs.readFileSync(path.join(assets, manifestFile), "utf8");
const manifest = JSON.parse(
  manifestText.slice(manifestText.indexOf("{"), manifestText.lastIndexOf("}") + 1),
) as {
  entry: { module: string; imports: string[] };
  routes: Record<string, { module: string; imports?: string[] }>;
};

/** The English catalogue's chunk (the entry names each language's chunk after its name). */
const otherLanguage = /^en-[\w-]+\.js$/;

const files = new Set<string>([manifestFile]);
const visit = (file: string) => {
  const name = path.basename(file);
  if (files.has(name) || otherLanguage.test(name)) return;
  files.add(name);
  const code = fs.readFileSync(path.join(assets, name), "utf8");
  // Static imports and dynamic import() of sibling chunks (the lazily loaded editor).
  for (const m of code.matchAll(/(?:from|import)\s*\(?\s*["']\.\/([^"']+\.js)["']/g)) visit(m[1]!);
};
for (const id of ["root", ROUTE]) {
  const route = manifest.routes[id];
  if (!route) throw new Error(`route ${id} not in the manifest`);
  for (const f of [route.module, ...(route.imports ?? [])]) visit(f);
}
for (const f of [manifest.entry.module, ...manifest.entry.imports]) visit(f);

const sizes = [...files]
  .map((name) => {
    const code = fs.readFileSync(path.join(assets, name));
    return { name, bytes: code.byteLength, gzip: zlib.gzipSync(code, { level: 9 }).byteLength };
  })
  .sort((a, b) => b.gzip - a.gzip);
const totalGzip = sizes.reduce((n, f) => n + f.gzip, 0);
const result = {
  page: "/bijeenkomsten/:id/notities",
  totalKB: +(sizes.reduce((n, f) => n + f.bytes, 0) / 1024).toFixed(1),
  gzipKB: +(totalGzip / 1024).toFixed(1),
  budgetKB: BUDGET_KB,
  withinBudget: totalGzip / 1024 <= BUDGET_KB,
  files: sizes.map((f) => ({ name: f.name, gzipKB: +(f.gzip / 1024).toFixed(1) })),
};
if (process.argv.includes("--json")) {
  console.info(JSON.stringify(result));
} else {
  for (const f of result.files) console.info(`${String(f.gzipKB).padStart(7)} KB  ${f.name}`);
  console.info(
    `${String(result.gzipKB).padStart(7)} KB  gzipped in total (budget ${BUDGET_KB} KB): ${result.withinBudget ? "within budget" : "OVER BUDGET"}`,
  );
}
