import { describe, expect, it } from "vitest";
import { contentDisposition, formatChange, formatFigure, parseCsv, toCsv } from "./csv.ts";

describe("CSV", () => {
  it("writes semicolons, CRLF and a byte-order mark, and quotes where needed", () => {
    const csv = toCsv([
      ["a", "b;c", 'zei "ja"', null, 3],
      ["regel\nnieuw", "", "x", "y", "z"],
    ]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toBe('\uFEFFa;"b;c";"zei ""ja""";;3\r\n"regel\nnieuw";;x;y;z\r\n');
  });

  it("reads back what it wrote", () => {
    const rows = [
      ["gemeente", "toelichting"],
      ["Gemeente Hilversum", 'Een "buurtkamer"; met\nregels'],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });

  it("defuses text a spreadsheet would run as a formula, but not figures", () => {
    const [row] = parseCsv(toCsv([["=HYPERLINK(1)", "@SUM(A1)", "+31 6", "-0,3", "+0,4", "-1"]]));
    expect(row).toEqual(["'=HYPERLINK(1)", "'@SUM(A1)", "'+31 6", "-0,3", "+0,4", "-1"]);
  });

  it("writes figures with a decimal comma and changes with their sign", () => {
    expect(formatFigure(3.5)).toBe("3,5");
    expect(formatFigure(3)).toBe("3,0");
    expect(formatFigure(4, 0)).toBe("4");
    expect(formatFigure(null)).toBe("");
    expect(formatChange(0.3)).toBe("+0,3");
    expect(formatChange(-0.2)).toBe("-0,2");
    expect(formatChange(0)).toBe("0,0");
  });

  it("names the download in ASCII with the UTF-8 name beside it", () => {
    expect(contentDisposition("wijkmeting-Súdwest Fryslân-2025.csv")).toBe(
      "attachment; filename=\"wijkmeting-Sudwest-Fryslan-2025.csv\"; filename*=UTF-8''wijkmeting-S%C3%BAdwest%20Frysl%C3%A2n-2025.csv",
    );
  });
});
