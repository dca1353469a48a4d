import { describe, expect, it } from "vitest";
import { expectedOrigin, isSameOrigin } from "./csrf.ts";

describe("isSameOrigin", () => {
  const expected = "http://leerkring.test:3000";

  it("compares Origin exactly with the expected origin", () => {
    expect(isSameOrigin({ origin: expected }, expected)).toBe(true);
    expect(isSameOrigin({ origin: "http://leerkring.test:3001" }, expected)).toBe(false);
    expect(isSameOrigin({ origin: "https://leerkring.test:3000" }, expected)).toBe(false);
    expect(isSameOrigin({ origin: "http://evil.test" }, expected)).toBe(false);
  });

  it("falls back on Sec-Fetch-Site when Origin is missing or null", () => {
    expect(isSameOrigin({ "sec-fetch-site": "same-origin" }, expected)).toBe(true);
    expect(isSameOrigin({ origin: "null", "sec-fetch-site": "cross-site" }, expected)).toBe(false);
    expect(isSameOrigin({ "sec-fetch-site": "same-site" }, expected)).toBe(false);
    expect(isSameOrigin({}, expected)).toBe(false);
  });
});

describe("expectedOrigin", () => {
  it("prefers PUBLIC_URL over the Host header", () => {
    expect(expectedOrigin({ host: "intern:3000" }, "http", "https://leerkring.example.nl/")).toBe(
      "https://leerkring.example.nl",
    );
    expect(expectedOrigin({ host: "localhost:3000" }, "http")).toBe("http://localhost:3000");
    expect(expectedOrigin({}, "http")).toBeNull();
  });
});
