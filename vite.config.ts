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

export default defineConfig({
  plugins: [reactRouter(), treeShakeableUtrecht()],
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
      treeshake: { manualPureFunctions: ["Node.create", "Mark.create", "Extension.create"] },
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
