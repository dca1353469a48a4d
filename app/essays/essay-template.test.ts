import { describe, expect, it } from "vitest";
import { renderHtml } from "#shared/editor/render.ts";
import { translator } from "#shared/i18n/index.ts";
import { essayTemplate } from "./essay-template.ts";

describe("the essay template", () => {
  it("has the sections seed 000 asks for, in the editor schema, in Dutch and English", () => {
    const nl = renderHtml({ type: "doc", content: essayTemplate(translator("nl")) });
    expect(nl).toBe(
      "<h2>De aspecten van het thema</h2><p></p>" +
        "<h2>De vragen die in de bijeenkomst gesteld zijn</h2><p></p>" +
        "<h2>Wat werkt</h2><p></p><h2>Verder lezen</h2><p></p>",
    );
    const en = renderHtml({ type: "doc", content: essayTemplate(translator("en")) });
    expect(en).toContain("<h2>Further reading</h2>");
  });
});
