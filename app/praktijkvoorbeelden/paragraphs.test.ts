import { describe, expect, it } from "vitest";
import { paragraphs } from "./praktijkvoorbeeld-schema.ts";

describe("paragraphs", () => {
  it("splits at empty lines and keeps single line breaks inside a paragraph", () => {
    expect(paragraphs("Eerste regel\ntweede regel\r\n\r\n  \n\nTweede alinea  \n")).toEqual([
      "Eerste regel\ntweede regel",
      "Tweede alinea",
    ]);
  });

  it("gives nothing for an empty body", () => {
    expect(paragraphs(" \n\n ")).toEqual([]);
  });
});
