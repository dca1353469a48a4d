import JSZip from "jszip";
import { PDFParse } from "pdf-parse";
import { describe, expect, it } from "vitest";
import { editorSchema, type ProseMirrorJSON } from "#shared/editor/render.ts";
import { markerLabel, toBlocks } from "./blocks.server.ts";
import {
  ExportInputError,
  formatExportDate,
  MARK_TYPES,
  metadataRows,
  NODE_TYPES,
  parseBody,
} from "./document.server.ts";
import { toDocx } from "./docx.server.ts";
import { toHtmlDocument } from "./html.server.ts";
import { toMarkdown } from "./markdown.server.ts";
import { toPdf } from "./pdf.server.ts";
import { EXPORT_FORMATS, exportResponse, isExportFormat, renderExport } from "./response.server.ts";
import { dutchLabels, essay } from "./test-fixture.ts";

const paragraph = (...content: ProseMirrorJSON[]): ProseMirrorJSON => ({
  type: "paragraph",
  content,
});
const doc = (...content: ProseMirrorJSON[]): ProseMirrorJSON => ({ type: "doc", content });

describe("the exporters' input", () => {
  it("handles exactly the node and mark types of the editor schema", () => {
    expect([...NODE_TYPES].sort()).toEqual(Object.keys(editorSchema().nodes).sort());
    expect([...MARK_TYPES].sort()).toEqual(Object.keys(editorSchema().marks).sort());
  });

  it.each([
    ["no object", null],
    ["a string", "<p>tekst</p>"],
    ["a paragraph at the root", paragraph({ type: "text", text: "los" })],
    ["an unknown node", doc({ type: "script", content: [] })],
    ["an unknown mark", doc(paragraph({ type: "text", text: "x", marks: [{ type: "blink" }] }))],
    ["text where blocks belong", doc({ type: "text", text: "los" })],
    ["content that is no list", { type: "doc", content: "tekst" }],
    ["a text node without text", doc(paragraph({ type: "text" }))],
  ])("refuses %s with a clear error in every format", async (_name, json) => {
    const input = { ...essay, json: json as ProseMirrorJSON };
    for (const run of [
      () => toMarkdown(input, dutchLabels),
      () => toHtmlDocument(input, dutchLabels),
    ]) {
      expect(run).toThrow(ExportInputError);
    }
    await expect(toPdf(input, dutchLabels)).rejects.toThrow(ExportInputError);
    await expect(toDocx(input, dutchLabels)).rejects.toThrow(ExportInputError);
    expect(() => parseBody(json)).toThrow(/ProseMirror JSON|editor schema/);
  });

  it("drops links the editor would refuse, in every format", async () => {
    const input = {
      ...essay,
      json: doc(
        paragraph({
          type: "text",
          text: "klik",
          marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }],
        }),
      ),
    };
    expect(toMarkdown(input, dutchLabels)).not.toContain("javascript");
    expect(toHtmlDocument(input, dutchLabels)).not.toContain("javascript");
    expect(toHtmlDocument(input, dutchLabels)).toContain("<p>klik</p>");
    const zip = await JSZip.loadAsync(await toDocx(input, dutchLabels));
    const parts = await Promise.all(Object.values(zip.files).map((file) => file.async("string")));
    expect(parts.join("")).toContain(">klik<");
    expect(parts.join("")).not.toContain("javascript");
    const pdf = new PDFParse({ data: new Uint8Array(await toPdf(input, dutchLabels)) });
    const info = await pdf.getInfo({ parsePageInfo: true });
    await pdf.destroy();
    expect(info.pages.flatMap((page) => page.links)).toEqual([]);
  });

  it("brings attributes the schema leaves open into range", () => {
    const body = parseBody(
      doc(
        { type: "heading", attrs: { level: 9 }, content: [{ type: "text", text: "kop" }] },
        {
          type: "orderedList",
          attrs: { start: -3, type: "disc" },
          content: [{ type: "listItem", content: [paragraph({ type: "text", text: "een" })] }],
        },
      ),
    );
    expect(body.child(0).attrs.level).toBe(1);
    expect(body.child(1).attrs).toMatchObject({ start: 1, type: null });
  });

  it("accepts the empty document the renderer stores", () => {
    expect(parseBody(doc()).childCount).toBe(0);
    expect(toMarkdown({ ...essay, json: doc() }, dutchLabels)).not.toContain("---");
  });
});

describe("list markers", () => {
  const list = (type: string, start: number, items: number): ProseMirrorJSON => ({
    type: "orderedList",
    attrs: { start, type },
    content: Array.from({ length: items }, (_, i) => ({
      type: "listItem",
      content: [paragraph({ type: "text", text: `item ${i}` })],
    })),
  });
  const labels = (json: ProseMirrorJSON) =>
    toBlocks(parseBody(json)).map((b) => (b.marker ? markerLabel(b.marker, b.listDepth - 1) : ""));

  it("counts in the list's own style from its start", () => {
    expect(labels(doc(list("a", 25, 3)))).toEqual(["y.", "z.", "aa."]);
    expect(labels(doc(list("A", 1, 2)))).toEqual(["A.", "B."]);
    expect(labels(doc(list("i", 3, 2)))).toEqual(["iii.", "iv."]);
    expect(labels(doc(list("I", 1994, 1)))).toEqual(["MCMXCIV."]);
    expect(labels(doc(list("1", 9, 2)))).toEqual(["9.", "10."]);
  });
});

describe("the title block", () => {
  it("names one author in the singular and writes the date in Amsterdam", () => {
    const rows = metadataRows({ ...essay, authors: ["Anna de Vries"], meta: [] }, dutchLabels);
    expect(rows).toEqual([
      { label: "Auteur", value: "Anna de Vries" },
      { label: "Datum", value: "5 maart 2026" },
    ]);
    expect(formatExportDate("en", essay.date)).toBe("5 March 2026");
  });
});

describe("the download", () => {
  it("renders each format with its content type and an attachment file name", async () => {
    const types = {
      pdf: "application/pdf",
      docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      md: "text/markdown; charset=utf-8",
      html: "text/html; charset=utf-8",
    };
    for (const format of EXPORT_FORMATS) {
      const body = await renderExport(format, essay, dutchLabels);
      const response = exportResponse(format, body, "Één essay: financiële zaken?");
      expect(response.headers.get("Content-Type")).toBe(types[format]);
      expect(response.headers.get("Content-Disposition")).toBe(
        `attachment; filename="een-essay-financiele-zaken.${format}"; ` +
          `filename*=UTF-8''%C3%89%C3%A9n%20essay%20financi%C3%ABle%20zaken.${format}`,
      );
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.equals(Buffer.from(body))).toBe(true);
    }
  });

  it("keeps file names safe whatever the title holds", () => {
    const disposition = (name: string) =>
      exportResponse("md", "", name).headers.get("Content-Disposition");
    expect(disposition(`../"quoted" (1)*`)).toBe(
      `attachment; filename="quoted-1.md"; filename*=UTF-8''quoted%20%281%29.md`,
    );
    expect(disposition("Şükrü\n")).toBe(
      `attachment; filename="sukru.md"; filename*=UTF-8''%C5%9E%C3%BCkr%C3%BC.md`,
    );
    expect(disposition("???")).toBe(
      `attachment; filename="document.md"; filename*=UTF-8''document.md`,
    );
  });

  it("knows its formats", () => {
    expect(isExportFormat("docx")).toBe(true);
    expect(isExportFormat("exe")).toBe(false);
  });
});
