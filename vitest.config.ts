import { defineConfig } from "vitest/config";

// Unit and integration tests run against a real SQLite file per worker (tests/setup/db.ts) and,
// for HTTP tests, the real app on a random port. No plugin: these tests import no CSS or routes' UI.
export default defineConfig({
  test: {
    include: [
      "app/**/*.test.ts",
      "shared/**/*.test.ts",
      "db/**/*.test.ts",
      "server/**/*.test.ts",
      "tests/integration/**/*.test.ts",
    ],
    setupFiles: ["tests/setup/db.ts"],
    pool: "forks",
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
