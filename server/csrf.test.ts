import { describe, expect, it } from "vitest";
import { expectedOrigins, isSameOrigin } from "./csrf.ts";

describe("isSameOrigin", () => {
  const expected = ["http://leerkring.test:3000"];

  it("compares Origin exactly with the expected origins", () => {
    expect(isSameOrigin({ origin: expected[0] }, expected)).toBe(true);
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

describe("expectedOrigins", () => {
  it("is PUBLIC_URL's origin when configured", () => {
    expect(expectedOrigins("https://leerkring.example.nl/", 3000)).toEqual([
      "https://leerkring.example.nl",
    ]);
  });

  it("is the local port on loopback without PUBLIC_URL, whatever Host says", () => {
    const origins = expectedOrigins(undefined, 3302);
    expect(origins).toContain("http://localhost:3302");
    expect(origins).toContain("http://127.0.0.1:3302");
    expect(isSameOrigin({ origin: "http://evil.example:3302" }, origins)).toBe(false);
    expect(isSameOrigin({ origin: "http://localhost:3303" }, origins)).toBe(false);
    expect(expectedOrigins(undefined, undefined)).toEqual([]);
  });
});
