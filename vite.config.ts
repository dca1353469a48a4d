import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { reactRouter } from "@react-router/dev/vite";
import { defineConfig, type Plugin } from "vite";

/**
 * The Utrecht component library is one ESM file whose components are marked pure, but each one is
 * followed by `X.displayName = "X"` — an assignment the bundler must keep, and with it every
 * component. Without those lines the bundler keeps only the components a page uses (the names only
 * serve React DevTools). This took the library from 67 KB to a fraction on every page.
 */
function treeShakeableUtrecht(): Plugin {
  return {
    name: "leerkring-tree-shakeable-utrecht",
    apply: "build",
    transform(code, id) {
      if (!/@utrecht\/[a-z-]+-react\/dist\/.*\.mjs$/.test(id)) return null;
      return { code: code.replace(/^\w+\.displayName = '[^']*';$/gm, ""), map: null };
    },
  };
}

/**
 * Writes a brotli (`.br`, quality 11) and a gzip (`.gz`, level 9) copy beside each hashed asset
 * of the client build, once, so the server sends them as they are (server/precompressed.ts)
 * instead of compressing every response at level 1. Node's own zlib: no dependency.
 */
function precompressAssets(): Plugin {
  return {
    name: "leerkring-precompress-assets",
    apply: "build",
    applyToEnvironment: (environment) => environment.name === "client",
    writeBundle(options) {
      const assets = path.join(options.dir!, "assets");
      for (const name of fs.readdirSync(assets)) {
        if (!/\.(js|css|svg|json)$/.test(name)) continue;
        const file = path.join(assets, name);
        const data = fs.readFileSync(file);
        if (data.byteLength < 1024) continue; // not worth a second request header's bytes
        const brotli = zlib.brotliCompressSync(data, {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.byteLength,
          },
        });
        fs.writeFileSync(`${file}.br`, brotli);
        fs.writeFileSync(`${file}.gz`, zlib.gzipSync(data, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  plugins: [reactRouter(), treeShakeableUtrecht(), precompressAssets()],
  build: {
    sourcemap: false,
    // Terser packs the editor page (Tiptap, ProseMirror, Yjs) a few per cent tighter than esbuild,
    // which keeps it within its budget of 300 KB gzipped.
    minify: "terser",
    terserOptions: { compress: { passes: 2 } },
    // The lazily loaded editor (collaborative-editor.client, ~540 KB minified) is one feature
    // that only the notes and essay editing pages load; splitting it would not send a byte less
    // to those pages. Its real budget is 300 KB gzipped, checked by `npm run size:editor`.
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      // Tiptap packages define several extensions per file with `X.create({...})`; calls the
      // bundler must keep unless told they are pure, so unused ones (task lists, placeholder…)
      // would ship too.
      // The same for db/schema.ts's drizzle tables: client code imports its enums (roles,
      // statuses), and without this every table definition and drizzle's column classes came too.
      treeshake: {
        manualPureFunctions: [
          "Node.create",
          "Mark.create",
          "Extension.create",
          "sqliteTable",
          "integer",
          "text",
          "blob",
          "index",
          "uniqueIndex",
          "primaryKey",
          "sql",
        ],
      },
      onwarn(warning, warn) {
        // Resource routes (downloads, feeds, calendars, logout) have no UI, so their client
        // chunk is empty by design.
        if (warning.code === "EMPTY_BUNDLE") return;
        // zod's own sources carry /* @__PURE__ */ comments where Rollup cannot use them; Rollup
        // drops them, which changes nothing in the bundle. Not ours to fix, so not shown.
        if (warning.code === "INVALID_ANNOTATION" && warning.id?.includes("/node_modules/zod/"))
          return;
        warn(warning);
      },
    },
  },
  environments: {
    // The server bundle stays readable: its stack traces point at real names.
    ssr: { build: { minify: false } },
  },
  server: { hmr: { port: Number(process.env.HMR_PORT ?? 24678) } },
});
