import JSZip from "jszip";
import { PDFParse } from "pdf-parse";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { getDb } from "#db/client.ts";
import { eq } from "drizzle-orm";
import { bijlagen, essays } from "#db/schema.ts";
import { createBijeenkomst, createLeervraag, createOrganisation } from "#tests/factories.ts";
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

async function uploadPng(client: Client, path: string, name: string): Promise<number> {
  const png = await sharp({
    create: { width: 40, height: 30, channels: 3, background: "#1f4e8c" },
  })
    .png()
    .toBuffer();
  const form = new FormData();
  form.set("titel", "");
  form.set("bestand", new Blob([new Uint8Array(png)]), name);
  const response = await client.request(path, {
    method: "POST",
    headers: { Origin: app.url },
    body: form,
  });
  expect(response.status).toBe(303);
  expect(response.headers.get("Location")).toContain("bijlage=toegevoegd");
  const row = getDb().select().from(bijlagen).where(eq(bijlagen.filename, name)).get();
  return row!.id;
}

describe("downloads of essays and notes", () => {
  it("embeds the images a reader may open, with their alt text, and only those", async () => {
    const essay = publishedEssay("export-met-kaart");
    const staff = await signedIn(app, { role: "medewerker" });
    const mapId = await uploadPng(
      staff.client,
      `/bijlagen/nieuw/essay/${essay.id}`,
      "kaart-export.png",
    );
    // A confidential learning question's image: a reader of the essay may not open it.
    const gemeente = createOrganisation({ circle: 1 });
    const member = await signedIn(app, { role: "deelnemer", organisationId: gemeente.id });
    const vraag = createLeervraag({ organisationId: gemeente.id, werkvormen: ["intervisie"] });
    const secretId = await uploadPng(
      member.client,
      `/bijlagen/nieuw/leervraag/${vraag.id}`,
      "geheim-export.png",
    );
    const body = {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "Zie de kaart." }] },
        { type: "image", attrs: { src: `/bijlagen/${mapId}`, alt: "Kaart van de wijken" } },
        { type: "image", attrs: { src: `/bijlagen/${secretId}`, alt: "Vertrouwelijke schets" } },
        { type: "image", attrs: { src: "/bijlagen/999999", alt: "Verdwenen foto" } },
      ],
    };
    getDb()
      .update(essays)
      .set({ publishedJson: JSON.stringify(body) })
      .where(eq(essays.id, essay.id))
      .run();
    const reader = new Client(app);

    const pdf = (await bytes(await reader.get("/essays/export-met-kaart.pdf"))).toString("latin1");
    // One image XObject (the essay's own), inside a Figure element that carries its alt text.
    expect(pdf.match(/\/Subtype \/Image/g)).toHaveLength(1);
    expect(pdf).toMatch(/\/S \/Figure[\s\S]*?\/Alt \(Kaart van de wijken\)/);
    expect(pdf).not.toMatch(/\/Alt \(Vertrouwelijke schets\)/);
    const text = (await new PDFParse({ data: Buffer.from(pdf, "latin1") }).getText()).text;
    expect(text).toContain("Vertrouwelijke schets");
    expect(text).toContain("Verdwenen foto");

    const zip = await JSZip.loadAsync(
      await bytes(await reader.get("/essays/export-met-kaart.docx")),
    );
    const media = Object.keys(zip.files).filter(
      (name) => name.startsWith("word/media/") && !zip.files[name]!.dir,
    );
    expect(media).toHaveLength(1);
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toMatch(/<wp:docPr [^>]*descr="Kaart van de wijken"/);
    expect(xml).not.toContain('descr="Vertrouwelijke schets"');
    expect(xml).toContain("Vertrouwelijke schets");
  });

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
