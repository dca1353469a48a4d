import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

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
  {
    files: ["app/auth/permissions.ts", "app/auth/rules/**/*.ts"],
    rules: { "no-restricted-syntax": ["error", noFocusedTests] },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
  },
);
