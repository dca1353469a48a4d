import JSZip from "jszip";
import { PDFParse } from "pdf-parse";
import { describe, expect, it } from "vitest";
import { getDb } from "#db/client.ts";
import { essays } from "#db/schema.ts";
import { createBijeenkomst } from "#tests/factories.ts";
import { Client, signedIn, startTestApp } from "#tests/setup/http.ts";

const app = startTestApp();

const BODY = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Wat we leerden" }] },
    { type: "paragraph", content: [{ type: "text", text: "Vertrouwen groeit in de wijk." }] },
    {
      type: "bulletList",
      content: [
        {
          type: "listItem",
          content: [{ type: "paragraph", content: [{ type: "text", text: "Luisteren" }] }],
        },
      ],
    },
  ],
};

function publishedEssay(slug: string) {
  const meeting = createBijeenkomst({ kind: "thema", status: "gehouden" });
  const now = new Date();
  return getDb()
    .insert(essays)
    .values({
      bijeenkomstId: meeting.id,
      slug,
      title: "Financiële zekerheid",
      status: "gepubliceerd",
      publishedTitle: "Financiële zekerheid",
      publishedSummary: "Een samenvatting.",
      publishedJson: JSON.stringify(BODY),
      publishedHtml: "<h2>Wat we leerden</h2>",
      publishedText: "Wat we leerden",
      firstPublishedAt: now,
      publishedAt: now,
    })
    .returning()
    .get();
}

async function bytes(response: Response): Promise<Buffer> {
  return Buffer.from(await response.arrayBuffer());
}

describe("downloads of essays and notes", () => {
  it("exports a published essay to anyone as PDF, DOCX, Markdown and HTML", async () => {
    publishedEssay("export-essay");
    const reader = new Client(app);
    const pdf = await reader.get("/essays/export-essay.pdf");
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("Content-Type")).toBe("application/pdf");
    expect(pdf.headers.get("Content-Disposition")).toContain("attachment");
    const text = (await new PDFParse({ data: await bytes(pdf) }).getText()).text;
    expect(text).toContain("Financiële zekerheid");
    expect(text).toContain("Vertrouwen groeit in de wijk.");
    expect(text).toMatch(/Pagina \d van \d/);

    const docx = await reader.get("/essays/export-essay.docx");
    const zip = await JSZip.loadAsync(await bytes(docx));
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain("Vertrouwen groeit in de wijk.");
    expect(xml).toMatch(/w:pStyle w:val="Heading\d"/);
    expect(xml).toContain("<w:numPr>");

    const md = await (await reader.get("/essays/export-essay.md")).text();
    expect(md).toContain("# Financiële zekerheid");
    expect(md).toContain("## Wat we leerden");
    const html = await (await reader.get("/essays/export-essay.html")).text();
    expect(html).toContain("<h2>Wat we leerden</h2>");
  });

  it("keeps a draft's downloads to those who may read the draft", async () => {
    const meeting = createBijeenkomst({ kind: "thema", status: "gehouden" });
    getDb()
      .insert(essays)
      .values({ bijeenkomstId: meeting.id, slug: "concept-export", title: "Nog geheim" })
      .run();
    expect((await new Client(app).get("/essays/concept-export.pdf")).status).toBe(404);
    const staff = await signedIn(app, { role: "medewerker" });
    const md = await staff.client.get("/essays/concept-export.md");
    expect(md.status).toBe(200);
    expect(await md.text()).toContain("# Nog geheim");
    expect((await staff.client.get("/essays/bestaat-niet.pdf")).status).toBe(404);
  });

  it("exports session notes to those who may read them", async () => {
    const meeting = createBijeenkomst({ title: "Intervisie met notities" });
    expect((await new Client(app).get(`/bijeenkomsten/${meeting.id}/notities.md`)).status).toBe(
      302,
    );
    const { client } = await signedIn(app, { role: "projectleider" });
    const md = await client.get(`/bijeenkomsten/${meeting.id}/notities.md`);
    expect(md.status).toBe(200);
    expect(md.headers.get("Content-Type")).toBe("text/markdown; charset=utf-8");
    expect(await md.text()).toContain("Intervisie met notities");
    expect((await client.get("/bijeenkomsten/999999/notities.pdf")).status).toBe(404);
  });
});
