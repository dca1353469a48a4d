import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

// The layers (docs/architecture.md): imports run one way, routes → features → engine and other
// infrastructure → db, and everyone may use shared/. Each block says, as regular expressions over
// the import path, what its folder may not import; tests (*.test.ts, tests/) may import anything.
// (Regular expressions, not the rule's gitignore-style groups: there "#" starts a comment.)
const tests = ["**/*.test.ts", "tests/**"];
const layer = (reason, forbidden) => ({
  "no-restricted-imports": [
    "error",
    {
      patterns: [
        { regex: forbidden.join("|"), message: `${reason} See docs/architecture.md, "Layers".` },
        {
          // Cross-folder imports go through the #aliases, so the rules above see them.
          regex: "^(\\.\\./)+(app|server|db|tests)/",
          message: "Import another top folder through its #alias. See docs/architecture.md.",
        },
      ],
    },
  ],
});
const layerRules = [
  {
    files: ["shared/**/*.{ts,tsx}"],
    ignores: tests,
    rules: layer("shared/ is the bottom layer: it imports nothing of the project.", [
      "^#(app|server|db|tests)/",
    ]),
  },
  {
    files: ["db/**/*.ts"],
    ignores: [...tests, "db/seed/**"],
    rules: layer("db/ imports only db/ and shared/; the seed scripts sit above it, in db/seed/.", [
      "^#(app|server|tests)/",
      "^#db/seed/",
      "^\\./seed/",
    ]),
  },
  {
    files: ["server/**/*.ts"],
    ignores: [...tests, "server/app.ts", "server/main.ts"],
    rules: layer(
      "The engine (server/collab/) and the other infrastructure import no feature and no route: " +
        "features register with them in server/app.ts.",
      ["^#(app|tests)/", "^#db/seed/", "^#server/(app|main)\\.ts$", "^(\\.\\./)+(app|main)\\.ts$"],
    ),
  },
  {
    files: ["server/app.ts", "server/main.ts"],
    rules: layer(
      "The composition root puts features and engine together; it never imports a route.",
      ["^#app/routes/", "^#tests/"],
    ),
  },
  {
    files: ["db/seed/**/*.ts"],
    ignores: tests,
    rules: layer("The seed scripts use features, shared/ and db/, never routes or the server.", [
      "^#app/routes/",
      "^#(server|tests)/",
    ]),
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    ignores: [
      ...tests,
      "app/routes/**",
      "app/root.tsx",
      "app/routes.ts",
      "app/entry.*.tsx",
      "app/load-context.ts",
    ],
    rules: layer(
      "A feature imports no route, and of the server only the engine (#server/collab/), " +
        "which a route hands it from the load context.",
      [
        "^#app/routes/",
        "^#app/(root\\.tsx|load-context\\.ts)$",
        "^#server/(?!collab/)",
        "^#tests/",
        "^#db/seed/",
      ],
    ),
  },
  {
    files: ["app/routes/**/*.{ts,tsx}", "app/root.tsx", "app/routes.ts", "app/entry.*.tsx"],
    ignores: tests,
    rules: layer(
      "Routes use features, shared/ and db/; the engine comes from the load context " +
        "(app/load-context.ts), never from #server.",
      ["^#(server|tests)/", "^#db/seed/"],
    ),
  },
];

const noFocusedTests = {
  selector:
    "CallExpression[callee.property.name=/^(only|skip|todo)$/][callee.object.name=/^(it|test|describe)$/]",
  message: "Focused, skipped or todo tests are defects.",
};

// Who may do what is decided in one place: the role × action table (app/auth/permissions.ts)
// and the resource rules (app/auth/rules/). Anywhere else, comparing a role with a named role is
// a rule in the wrong place: ask can(...) or a can<Action><Resource>(...) rule instead.
const roleRule =
  "Role comparisons live in app/auth/permissions.ts and app/auth/rules/: use can() or a rule.";
const noRoleComparisons = [
  {
    selector:
      'BinaryExpression[operator=/^[!=]==?$/]:matches([left.property.name="role"][right.type="Literal"], [right.property.name="role"][left.type="Literal"], [left.name="role"][right.type="Literal"], [right.name="role"][left.type="Literal"])',
    message: roleRule,
  },
  {
    selector:
      'SwitchStatement:matches([discriminant.property.name="role"], [discriminant.name="role"])',
    message: roleRule,
  },
];

export default tseslint.config(
  { ignores: ["build/", ".react-router/", "node_modules/", "test-results/", "playwright-report/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-restricted-syntax": ["error", noFocusedTests, ...noRoleComparisons],
    },
  },
  ...layerRules,
  {
    files: ["app/auth/permissions.ts", "app/auth/rules/**/*.ts"],
    rules: { "no-restricted-syntax": ["error", noFocusedTests] },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
  },
);
