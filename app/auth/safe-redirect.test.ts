import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./user.server.ts";

// What follows a login: only a path of this site, whatever an attacker puts in ?redirectTo=.
describe("safeRedirectPath", () => {
  it.each([
    ["/", "/"],
    ["/agenda", "/agenda"],
    ["/zoeken?q=wijk%20team#resultaten", "/zoeken?q=wijk%20team#resultaten"],
    ["/bijeenkomsten/12/notities", "/bijeenkomsten/12/notities"],
    ["/essays/%C3%A9%C3%A9n", "/essays/%C3%A9%C3%A9n"],
    ["/a/../agenda", "/agenda"],
  ])("keeps the own path %j", (value, expected) => {
    expect(safeRedirectPath(value)).toBe(expected);
  });

  it.each([
    "",
    "agenda",
    "https://evil.example/x",
    "//evil.example/x",
    "/\\evil.example/x",
    "\\\\evil.example",
    "/\t/evil.example/x",
    "\t//evil.example",
    "/\r\n/evil.example",
    "/agenda\r\nSet-Cookie: x=y",
    "/\n/evil.example",
    "/\u3000/evil.example",
    "/agenda\u3000",
    "/\u00a0/evil.example",
    "/\u2028/evil.example",
    "/\u0000/evil.example",
    "/.//evil.example",
    "/./\\evil.example",
    "javascript:alert(1)",
    "/%09/evil.example".replace("%09", "\t"),
  ])("sends %j to the home page", (value) => {
    expect(safeRedirectPath(value)).toBe("/");
  });

  it.each(["/%09/evil.example", "/%2F/evil.example", "/%5Cevil.example", "/%0d%0a/evil.example"])(
    "keeps the still-encoded %j a path on this site",
    (value) => {
      const result = safeRedirectPath(value);
      expect(result.startsWith("/")).toBe(true);
      expect(result.startsWith("//")).toBe(false);
      expect(new URL(result, "http://localhost:3000").origin).toBe("http://localhost:3000");
    },
  );

  it("ignores what is not a string", () => {
    expect(safeRedirectPath(null)).toBe("/");
    expect(safeRedirectPath(undefined)).toBe("/");
    expect(safeRedirectPath(new File([], "x"))).toBe("/");
  });
});
