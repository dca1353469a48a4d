import { describe, expect, it } from "vitest";
import { captureLog } from "#tests/setup/log.ts";
import { withoutTokens } from "./logger.ts";

describe("the logger", () => {
  it("redacts password and token fields, at the top and one level down", () => {
    const log = captureLog();
    log.logger.info(
      { password: "p1", token: "t1", form: { password: "p2" }, invitation: { token: "t2" } },
      "iets",
    );
    const [entry] = log.entries();
    expect(entry).toMatchObject({
      msg: "iets",
      password: "[redacted]",
      token: "[redacted]",
      form: { password: "[redacted]" },
      invitation: { token: "[redacted]" },
    });
    expect(log.text()).not.toMatch(/p1|p2|t1|t2/);
  });

  it("takes the token out of invitation and reset paths only", () => {
    expect(withoutTokens("/uitnodiging/abc234")).toBe("/uitnodiging/[token]");
    expect(withoutTokens("/wachtwoord-herstellen/abc234?x=1")).toBe(
      "/wachtwoord-herstellen/[token]?x=1",
    );
    expect(withoutTokens("/uitnodiging/abc234.data")).toBe("/uitnodiging/[token].data");
    expect(withoutTokens("/essays/uitnodiging/abc")).toBe("/essays/uitnodiging/abc");
    expect(withoutTokens("/leervragen/12")).toBe("/leervragen/12");
  });
});
