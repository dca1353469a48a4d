import { describe, expect, it } from "vitest";
import { z } from "zod";
import { translator } from "#shared/i18n/index.ts";
import { chosenId, idField, optionalText, requiredText } from "./fields.ts";
import { parseForm } from "./forms.ts";

const t = translator("nl");

function messageFor(schema: z.ZodType, entries: Record<string, string>, field: string) {
  const form = new FormData();
  for (const [k, v] of Object.entries(entries)) form.set(k, v);
  const parsed = parseForm(schema, form);
  if (parsed.success) throw new Error("expected a failure");
  const key = parsed.failure.errors[field];
  return key && t(key, parsed.failure.fieldVars?.[field]);
}

describe("form error messages", () => {
  it("names the length limit of a text, with the right plural", () => {
    expect(
      messageFor(z.object({ title: requiredText(200) }), { title: "x".repeat(201) }, "title"),
    ).toBe("Maximaal 200 tekens. Maak het korter.");
    expect(messageFor(z.object({ code: optionalText(1) }), { code: "ab" }, "code")).toBe(
      "Maximaal 1 teken. Maak het korter.",
    );
  });

  it("asks to choose when a select was left on its placeholder", () => {
    expect(messageFor(z.object({ id: idField }), { id: "" }, "id")).toBe("Maak een keuze.");
    expect(messageFor(z.object({ id: chosenId("fout.kiesOrganisatie") }), { id: "" }, "id")).toBe(
      "Kies een organisatie.",
    );
    // Nonsense that was not empty still reads as "not valid".
    expect(messageFor(z.object({ id: idField }), { id: "abc" }, "id")).toContain(
      "Deze waarde klopt niet",
    );
  });

  it("keeps a field's own message", () => {
    expect(messageFor(z.object({ title: requiredText() }), { title: " " }, "title")).toBe(
      "Vul dit veld in.",
    );
  });
});
