import { describe, expect, it } from "vitest";
import { z } from "zod";
import { translator } from "#shared/i18n/index.ts";
import { chosenId, idField, optionalText, requiredText } from "./fields.ts";
import { parseSubmission, reply } from "./forms.ts";

const t = translator("nl");

function messageFor(schema: z.ZodType, entries: Record<string, string>, field: string) {
  const form = new FormData();
  for (const [k, v] of Object.entries(entries)) form.set(k, v);
  const submission = parseSubmission(form, schema);
  if (submission.status === "success") throw new Error("expected a failure");
  const message = submission.error?.[field];
  return message && t(message.key, message.vars);
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

describe("the result sent back", () => {
  it("keeps what was typed, but never a password", () => {
    const form = new FormData();
    form.set("email", "iemand@example.org");
    form.set("password", "geheim-wachtwoord");
    const schema = z.object({ email: requiredText(), password: requiredText(3) });
    const result = reply(parseSubmission(form, schema));
    expect(result.initialValue).toEqual({ email: "iemand@example.org" });
    expect(JSON.stringify(result)).not.toContain("geheim-wachtwoord");
  });

  it("carries errors the action adds, beside a field or for the whole form", () => {
    const form = new FormData();
    form.set("title", "Een titel");
    const submission = parseSubmission(form, z.object({ title: requiredText() }));
    const result = reply(submission, {
      form: { key: "fout.ongeldig" },
      fields: { title: { key: "fout.maxTekens", vars: { max: 3 } } },
    });
    expect(result.error).toEqual({
      "": { key: "fout.ongeldig" },
      title: { key: "fout.maxTekens", vars: { max: 3 } },
    });
  });
});
