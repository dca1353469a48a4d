import { describe, expect, it } from "vitest";
import { slugify } from "./slug.ts";

describe("slugify", () => {
  it("folds accents and joins words with single hyphens", () => {
    expect(slugify("Financiële zorgen & één   wijk")).toBe("financiele-zorgen-een-wijk");
  });

  it("drops a leading 'Gemeente' and stray hyphens at the ends", () => {
    expect(slugify("Gemeente 's-Hertogenbosch")).toBe("s-hertogenbosch");
    expect(slugify("  --Thema: wonen!-- ")).toBe("thema-wonen");
    expect(slugify("Samenwerking in de gemeente")).toBe("samenwerking-in-de-gemeente");
  });

  it("keeps at most 60 characters and is empty when nothing is left", () => {
    expect(slugify("a".repeat(80))).toHaveLength(60);
    expect(slugify("😀 ()")).toBe("");
  });
});
