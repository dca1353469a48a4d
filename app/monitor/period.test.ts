import { describe, expect, it } from "vitest";
import { translator } from "#shared/i18n/index.ts";
import { normaliseWijk, parsePeriode, periodeKey } from "./period.ts";
import { periodeLabel } from "./ui.tsx";

describe("periods", () => {
  it("are stored as text that sorts chronologically", () => {
    const keys = [
      periodeKey(2026, ""),
      periodeKey(2025, "H2"),
      periodeKey(2025, "H1"),
      periodeKey(2024, ""),
    ];
    expect(keys).toEqual(["2026", "2025-H2", "2025-H1", "2024"]);
    expect([...keys].sort()).toEqual(["2024", "2025-H1", "2025-H2", "2026"]);
  });

  it("are read back, and anything else is refused", () => {
    expect(parsePeriode("2025-H2")).toEqual({ jaar: 2025, deel: "H2" });
    expect(parsePeriode("2025")).toEqual({ jaar: 2025, deel: "" });
    expect(parsePeriode("2025-H3")).toBeNull();
    expect(parsePeriode("25")).toBeNull();
  });

  it("have Dutch and English names", () => {
    expect(periodeLabel(translator("nl"), "2025-H1")).toBe("1e helft 2025");
    expect(periodeLabel(translator("en"), "2025-H2")).toBe("second half of 2025");
    expect(periodeLabel(translator("nl"), "2026")).toBe("2026");
  });
});

describe("neighbourhood names", () => {
  it("lose stray spaces", () => {
    expect(normaliseWijk("  Oude   Haven ")).toBe("Oude Haven");
  });
});
