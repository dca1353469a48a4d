import { and, desc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { resetLoginThrottle } from "#app/auth/throttle.server.ts";
import { STATEMENT_MAX } from "#app/verklaringen/statement-schema.ts";
import { STANDARD_TEXT_DATE } from "#app/verklaringen/statements.server.ts";
import { getDb } from "#db/client.ts";
import { auditLog, statements } from "#db/schema.ts";
import { formatDateTime } from "#shared/i18n/index.ts";
import { Client, signedIn, startTestApp } from "#tests/setup/http.ts";

// The public privacy and accessibility statements, and the beheerder who rewords them.
const app = startTestApp();
beforeEach(() => {
  resetLoginThrottle();
  getDb().delete(statements).run();
});

const visitor = (lang = "nl") => new Client(app, { "Accept-Language": lang });
const page = async (client: Client, path: string) => {
  const response = await client.get(path);
  expect(response.status).toBe(200);
  return response.text();
};
const rowsOf = (kind: "privacy" | "toegankelijkheid") =>
  getDb().select().from(statements).where(eq(statements.kind, kind)).all();

async function beheerder() {
  return (await signedIn(app, { role: "beheerder" })).client;
}

function save(client: Client, form: Record<string, string>) {
  return client.post("/beheer/verklaringen", { intent: "opslaan", kind: "privacy", ...form });
}

describe("the public statements", () => {
  it("answer a visitor without an account with the standard text, in Dutch", async () => {
    const privacy = await page(visitor(), "/privacy");
    expect(privacy).toContain("<h1");
    expect(privacy).toContain("Privacyverklaring");
    expect(privacy).toMatch(/<h2[^>]*>Grondslag<\/h2>/);
    expect(privacy).toContain("artikel 6, lid 1, onder e, AVG");
    // The session lifetimes are this instance's settings (defaults: 7 and 30 days).
    expect(privacy).toContain(
      "vervalt na 7 dagen zonder gebruik en uiterlijk 30 dagen na het inloggen",
    );
    expect(privacy).toContain('href="https://autoriteitpersoonsgegevens.nl"');
    expect(privacy).toContain(
      `Laatst bijgewerkt op ${formatDateTime("nl", STANDARD_TEXT_DATE, "date")}.`,
    );

    const toegankelijkheid = await page(visitor(), "/toegankelijkheid");
    expect(toegankelijkheid).toContain("Toegankelijkheidsverklaring");
    expect(toegankelijkheid).toMatch(/<h2[^>]*>Status: voldoet gedeeltelijk<\/h2>/);
    expect(toegankelijkheid).toContain("is een getagde PDF");
    expect(toegankelijkheid).toContain("binnen 5 werkdagen");
  });

  it("follow the visitor's language", async () => {
    const privacy = await page(visitor("en-GB,en;q=0.9"), "/privacy");
    expect(privacy).toContain('lang="en"');
    expect(privacy).toContain("Privacy statement");
    expect(privacy).toContain("expires after 7 days without use and at the latest 30 days");
    expect(privacy).toContain(
      `Last updated on ${formatDateTime("en", STANDARD_TEXT_DATE, "date")}.`,
    );
    const toegankelijkheid = await page(visitor("en"), "/toegankelijkheid");
    expect(toegankelijkheid).toContain("Accessibility statement");
    expect(toegankelijkheid).toMatch(/<h2[^>]*>Status: partially compliant<\/h2>/);
  });

  it("are linked in the footer of every page", async () => {
    for (const path of ["/", "/themas", "/inloggen", "/privacy"]) {
      const html = await page(visitor(), path);
      expect(html, path).toMatch(/<nav aria-label="Over deze website">/);
      expect(html, path).toContain('href="/privacy"');
      expect(html, path).toContain('href="/toegankelijkheid"');
    }
  });
});

describe("a beheerder's own text", () => {
  it("replaces the standard text per language, with the date of the change", async () => {
    const client = await beheerder();
    const form = await page(client, "/beheer/verklaringen");
    // The form starts from the text the page shows now.
    expect(form).toContain("Nu getoond: de standaardtekst.");
    expect(form).toContain("Verwerkingsverantwoordelijke is [naam van de organisatie");

    const response = await save(client, {
      nl: "Inleiding van de gemeente.\r\n\r\n## Contact\r\nMail privacy@leerkring.example.nl.",
      en: "Introduction.\r\n\r\n## Contact\r\nWrite to us.",
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("De verklaring is opgeslagen.");
    const [row] = rowsOf("privacy").filter((r) => r.locale === "nl");
    expect(row!.text).toBe(
      "Inleiding van de gemeente.\n\n## Contact\nMail privacy@leerkring.example.nl.",
    );

    const nl = await page(visitor(), "/privacy");
    expect(nl).toContain('<p class="utrecht-paragraph">Inleiding van de gemeente.</p>');
    expect(nl).toMatch(/<h2[^>]*>Contact<\/h2>/);
    expect(nl).toContain('href="mailto:privacy@leerkring.example.nl"');
    expect(nl).not.toContain("Verwerkingsverantwoordelijke");
    expect(nl).toContain(`Laatst bijgewerkt op ${formatDateTime("nl", row!.updatedAt, "date")}.`);
    const en = await page(visitor("en"), "/privacy");
    expect(en).toContain("Write to us.");
    expect(en).not.toContain("Inleiding");
    // The other statement keeps its standard text.
    expect(await page(visitor(), "/toegankelijkheid")).toContain("Status: voldoet gedeeltelijk");
    expect(await page(client, "/beheer/verklaringen")).toContain(
      "Nu getoond: een eigen tekst, laatst gewijzigd op",
    );
  });

  it("keeps no copy of a language left at the standard text, so it follows later revisions", async () => {
    const client = await beheerder();
    const form = await page(client, "/beheer/verklaringen");
    const textarea = /<textarea[^>]*name="en"[^>]*>([\s\S]*?)<\/textarea>/g;
    const englishTexts = [...form.matchAll(textarea)].map((m) => m[1]!);
    expect(englishTexts).toHaveLength(2);
    const decode = (s: string) =>
      s
        .replace(/&quot;/g, '"')
        .replace(/&#x27;/g, "'")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&amp;/g, "&");
    const response = await client.post("/beheer/verklaringen", {
      intent: "opslaan",
      kind: "toegankelijkheid",
      nl: "Eigen verklaring.",
      en: decode(englishTexts[1]!).replace(/\n/g, "\r\n"),
    });
    expect(response.status).toBe(200);
    expect(rowsOf("toegankelijkheid").map((r) => r.locale)).toEqual(["nl"]);
  });

  it("is shown as text, never as HTML", async () => {
    const client = await beheerder();
    await save(client, {
      nl: '## Kop <b>vet</b>\n\n<script>alert("x")</script> <img src=x onerror=alert(1)>\n\n- [klik](javascript:alert(1))',
      en: "English",
    });
    const html = await page(visitor(), "/privacy");
    expect(html).not.toContain("<b>vet");
    expect(html).not.toContain('<script>alert("x")');
    expect(html).not.toContain("<img src=x");
    expect(html).not.toContain('href="javascript');
    expect(html).toMatch(/<h2[^>]*>Kop &lt;b&gt;vet&lt;\/b&gt;<\/h2>/);
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });

  it("goes back to the standard text after a confirmation", async () => {
    const client = await beheerder();
    await save(client, { nl: "Eigen tekst.", en: "Own text." });
    const ask = await client.post("/beheer/verklaringen", { intent: "standaard", kind: "privacy" });
    expect(ask.status).toBe(200);
    expect(await ask.text()).toContain("Ja, terug naar de standaardtekst");
    expect(rowsOf("privacy")).toHaveLength(2);

    const confirmed = await client.post("/beheer/verklaringen", {
      intent: "standaard",
      kind: "privacy",
      bevestigd: "ja",
    });
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain("De pagina toont weer de standaardtekst.");
    expect(rowsOf("privacy")).toHaveLength(0);
    expect(await page(visitor(), "/privacy")).toContain("Verwerkingsverantwoordelijke is");
    // Both changes are in the audit trail: which statement and languages, not the text.
    const entries = getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "verklaring.gewijzigd"), eq(auditLog.subjectId, "privacy")))
      .orderBy(desc(auditLog.id))
      .limit(2)
      .all();
    expect(entries.map((e) => e.detail)).toEqual([{ standaard: true }, { talen: "nl,en" }]);
    expect(JSON.stringify(entries)).not.toContain("Eigen tekst.");
  });

  it("refuses an empty, too long or unknown statement with a message, and stores nothing", async () => {
    const client = await beheerder();
    const empty = await save(client, { nl: "   ", en: "Text" });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("Vul dit veld in.");

    const long = await save(client, { nl: "a".repeat(STATEMENT_MAX + 1), en: "Text" });
    expect(long.status).toBe(400);
    expect(await long.text()).toMatch(/Maximaal 30[.,]?000 tekens\. Maak het korter\./);

    const unknown = await save(client, { kind: "cookies", nl: "Tekst", en: "Text" });
    expect(unknown.status).toBe(400);
    const noIntent = await client.post("/beheer/verklaringen", { kind: "privacy" });
    expect(noIntent.status).toBe(400);
    expect(getDb().select().from(statements).all()).toEqual([]);
  });

  it("is for the beheerder only", async () => {
    const { client: projectleider } = await signedIn(app, { role: "projectleider" });
    const refused = await save(projectleider, { nl: "Niet van mij", en: "Not mine" });
    expect(refused.status).toBe(403);
    const anonymous = await save(visitor(), { nl: "Anoniem", en: "Anonymous" });
    expect(anonymous.status).toBe(302);
    expect(getDb().select().from(statements).all()).toEqual([]);
    // The beheer menu offers the page to the beheerder only.
    expect(await page(await beheerder(), "/beheer/uitnodigingen")).toContain(
      'href="/beheer/verklaringen"',
    );
    expect(await page(projectleider, "/beheer/uitnodigingen")).not.toContain(
      'href="/beheer/verklaringen"',
    );
  });
});
