// The page-weight budgets, in one place: `npm run size` (what Chromium transfers on a first load)
// and the check after `npm run build` (tests/bench/check-budgets.ts: gzipped JS and CSS of each
// route from the build) both read them. Kilobytes are 1024 bytes, compressed as sent.
//
// Why these numbers (issue 14, point 4). The targets: an ordinary page's first load ≤ 100 KB in
// all, an editor page's JavaScript ≤ 300 KB. Neither is met yet: every page carries React and
// React Router (≈ 110 KB with brotli), the whole Dutch catalogue (≈ 34 KB: one chunk per language,
// not per page) and the design tokens (≈ 8 KB); the editor (Tiptap, ProseMirror, Yjs) is ≈ 150 KB
// on top of a form page. So the budgets are not the targets: they are what each page needs after
// the changes of issue 14 (precompressed brotli assets, the NL Design System CSS per component,
// no drizzle on the client) as `npm run size` measured it in Chromium, plus about 10 % room, so
// that growth fails the build (tests/bench/check-budgets.ts) while the targets stay in sight.
// Pages with forms carry zod and Conform (≈ 32 KB). Measured figures: README "Benchmarks".

export type PageKind =
  "landing" | "login" | "dashboard" | "meeting" | "essay" | "editor" | "monitor" | "search";

export type Budget = {
  /** The route module (React Router's route id) whose chunks the build check sums. */
  route: string;
  /** Compressed JavaScript, all chunks the page loads (lazy ones included). */
  jsKB: number;
  /** Compressed CSS. */
  cssKB: number;
  /** Everything the first load transfers (HTML, JS, CSS, fonts, images, data). */
  totalKB: number;
};

/** The target of issue 14 for the JS of an editor page. */
export const EDITOR_JS_TARGET_KB = 300;
/** The target of issue 14 for the first load of an ordinary page. */
export const ORDINARY_TOTAL_TARGET_KB = 100;

export const budgets: Record<PageKind, Budget> = {
  landing: { route: "routes/home", jsKB: 185, cssKB: 27, totalKB: 220 },
  login: { route: "routes/inloggen", jsKB: 225, cssKB: 27, totalKB: 255 },
  dashboard: { route: "routes/home", jsKB: 205, cssKB: 27, totalKB: 240 },
  meeting: { route: "routes/bijeenkomsten.$id", jsKB: 260, cssKB: 27, totalKB: 295 },
  essay: { route: "routes/essays.$slug", jsKB: 205, cssKB: 31, totalKB: 245 },
  editor: { route: "routes/essays.$slug.schrijven", jsKB: 430, cssKB: 27, totalKB: 470 },
  monitor: { route: "routes/monitor._index", jsKB: 250, cssKB: 27, totalKB: 290 },
  search: { route: "routes/zoeken", jsKB: 240, cssKB: 27, totalKB: 275 },
};
