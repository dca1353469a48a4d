import { prosemirrorJSONToYXmlFragment } from "@tiptap/y-tiptap";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { FRAGMENT, mentionedIds } from "./extensions.ts";
import {
  editorSchema,
  renderFragment,
  renderHtml,
  renderText,
  type ProseMirrorJSON,
} from "./render.ts";

const sample: ProseMirrorJSON = {
  type: "doc",
  content: [
    {
      type: "heading",
      attrs: { level: 2 },
      content: [{ type: "text", text: "Leervraag <Hilversum>" }],
    },
    {
      type: "paragraph",
      content: [
        { type: "text", text: "Vet", marks: [{ type: "bold" }] },
        { type: "text", text: " en " },
        {
          type: "text",
          text: "link",
          marks: [{ type: "italic" }, { type: "link", attrs: { href: "https://movisie.nl" } }],
        },
      ],
    },
    {
      type: "bulletList",
      content: [
        {
          type: "listItem",
          content: [{ type: "paragraph", content: [{ type: "text", text: "een" }] }],
        },
      ],
    },
    {
      type: "blockquote",
      content: [{ type: "paragraph", content: [{ type: "text", text: "citaat" }] }],
    },
  ],
};

describe("the server renderer", () => {
  it("renders HTML with the editor schema, escaping text", () => {
    expect(renderHtml(sample)).toBe(
      "<h2>Leervraag &lt;Hilversum&gt;</h2>" +
        '<p><strong>Vet</strong> en <a rel="noopener noreferrer nofollow" href="https://movisie.nl"><em>link</em></a></p>' +
        "<ul><li><p>een</p></li></ul>" +
        "<blockquote><p>citaat</p></blockquote>",
    );
  });

  it("renders a Y.XmlFragment to JSON, HTML and text", () => {
    const doc = new Y.Doc();
    prosemirrorJSONToYXmlFragment(editorSchema(), sample, doc.getXmlFragment(FRAGMENT));
    const rendered = renderFragment(doc.getXmlFragment(FRAGMENT));
    expect(rendered.json.content).toHaveLength(4);
    expect(rendered.text).toBe("Leervraag <Hilversum>\n\nVet en link\n\neen\n\ncitaat");
    expect(rendered.html).toContain("<h2>");
  });

  it("drops links to scripts", () => {
    const html = renderHtml({
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            {
              type: "text",
              text: "x",
              marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }],
            },
          ],
        },
      ],
    });
    expect(html).not.toContain("javascript");
  });

  it("renders an empty document as nothing", () => {
    expect(renderFragment(new Y.Doc().getXmlFragment(FRAGMENT))).toEqual({
      json: { type: "doc", content: [] },
      html: "",
      text: "",
    });
  });

  it("leaves out what the schema does not know, such as a script element", () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment(FRAGMENT);
    const script = new Y.XmlElement("script");
    script.insert(0, [new Y.XmlText("alert(1)")]);
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText("blijft")]);
    fragment.insert(0, [script, paragraph]);
    expect(renderFragment(fragment).html).toBe("<p>blijft</p>");
  });

  describe("a mention", () => {
    const withMention: ProseMirrorJSON = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Vraag aan " },
            { type: "mention", attrs: { id: "7", label: "Anne <de Vries>" } },
            { type: "text", text: " en " },
            { type: "mention", attrs: { id: "9", label: null } },
          ],
        },
      ],
    };

    it("renders as @Name in HTML, escaped, with the person's id", () => {
      expect(renderHtml(withMention)).toBe(
        '<p>Vraag aan <span data-type="mention" class="leerkring-mention" data-id="7" ' +
          'data-label="Anne &lt;de Vries&gt;" data-mention-suggestion-char="@">@Anne &lt;de Vries&gt;</span>' +
          ' en <span data-type="mention" class="leerkring-mention" data-id="9" ' +
          'data-mention-suggestion-char="@">@9</span></p>',
      );
    });

    it("renders as @Name in the text that search indexes, also from a Y.XmlFragment", () => {
      const doc = new Y.Doc();
      prosemirrorJSONToYXmlFragment(editorSchema(), withMention, doc.getXmlFragment(FRAGMENT));
      const rendered = renderFragment(doc.getXmlFragment(FRAGMENT));
      expect(rendered.text).toBe("Vraag aan @Anne <de Vries> en @9");
      expect(mentionedIds(rendered.json)).toEqual([7, 9]);
    });

    it("names the people a document mentions, once each, and only by a valid id", () => {
      const json: ProseMirrorJSON = {
        type: "doc",
        content: [
          ...withMention.content!,
          {
            type: "paragraph",
            content: [
              { type: "mention", attrs: { id: "7", label: "Anne" } },
              { type: "mention", attrs: { id: "0", label: "niemand" } },
              { type: "mention", attrs: { id: "x<script>", label: "niemand" } },
            ],
          },
        ],
      };
      expect(mentionedIds(json)).toEqual([7, 9]);
    });
  });

  describe("tables, images, footnotes and links", () => {
    const cell = (type: string, value: string): ProseMirrorJSON => ({
      type,
      content: [{ type: "paragraph", content: [{ type: "text", text: value }] }],
    });
    const table: ProseMirrorJSON = {
      type: "table",
      content: [
        { type: "tableRow", content: [cell("tableHeader", "Wie"), cell("tableHeader", "Wat")] },
        { type: "tableRow", content: [cell("tableHeader", "Hilversum"), cell("tableCell", "<b>")] },
      ],
    };

    it("renders a table with its header row as column headers and a row header", () => {
      expect(renderHtml({ type: "doc", content: [table] })).toBe(
        '<table class="leerkring-table"><tbody>' +
          '<tr><th colspan="1" rowspan="1" scope="col"><p>Wie</p></th>' +
          '<th colspan="1" rowspan="1" scope="col"><p>Wat</p></th></tr>' +
          '<tr><th colspan="1" rowspan="1" scope="row"><p>Hilversum</p></th>' +
          '<td colspan="1" rowspan="1"><p>&lt;b&gt;</p></td></tr></tbody></table>',
      );
    });

    it("keeps a table through the shared document, and search reads its cells", () => {
      const doc = new Y.Doc();
      prosemirrorJSONToYXmlFragment(
        editorSchema(),
        { type: "doc", content: [table] },
        doc.getXmlFragment(FRAGMENT),
      );
      const rendered = renderFragment(doc.getXmlFragment(FRAGMENT));
      expect(rendered.html).toContain('scope="col"');
      expect(rendered.text).toContain("Hilversum");
    });

    it("renders an image from an attachment with its alt text", () => {
      const image = { type: "image", attrs: { src: "/bijlagen/12", alt: "Foto van <het> plein" } };
      expect(renderHtml({ type: "doc", content: [image] })).toBe(
        '<img src="/bijlagen/12" alt="Foto van &lt;het&gt; plein">',
      );
    });

    it("refuses an image without alt text or from elsewhere, also from a shared document", () => {
      const doc = new Y.Doc();
      const fragment = doc.getXmlFragment(FRAGMENT);
      const images = [
        { src: "/bijlagen/3", alt: "" },
        { src: "/bijlagen/3", alt: "   " },
        { src: "https://evil.example/x.png", alt: "kaart" },
        { src: "/bijlagen/3/../../etc", alt: "kaart" },
        { src: "data:image/png;base64,AAAA", alt: "kaart" },
      ].map((attrs) => {
        const el = new Y.XmlElement("image");
        for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
        return el;
      });
      const kept = new Y.XmlElement("image");
      kept.setAttribute("src", "/bijlagen/4");
      kept.setAttribute("alt", "Kaart");
      kept.setAttribute("onerror", "alert(1)");
      fragment.insert(0, [...images, kept]);
      expect(renderFragment(fragment).html).toBe('<img src="/bijlagen/4" alt="Kaart">');
      expect(renderFragment(fragment).text).toBe("Kaart");
    });

    it("numbers footnotes and lists them at the end, with links both ways", () => {
      const json: ProseMirrorJSON = {
        type: "doc",
        content: [
          {
            type: "paragraph",
            content: [
              { type: "text", text: "Buurtteams" },
              { type: "footnote", attrs: { content: "Movisie <2021>" } },
              { type: "text", text: " werken." },
              { type: "footnote", attrs: { content: "Zie de notities." } },
            ],
          },
        ],
      };
      expect(renderHtml(json, { heading: "Voetnoten", back: "Terug naar voetnoot {number}" })).toBe(
        '<p>Buurtteams<sup class="leerkring-footnote" id="voetnoot-ref-1"><a href="#voetnoot-1" role="doc-noteref">1</a></sup>' +
          ' werken.<sup class="leerkring-footnote" id="voetnoot-ref-2"><a href="#voetnoot-2" role="doc-noteref">2</a></sup></p>' +
          '<section class="leerkring-footnotes" role="doc-endnotes"><h2 class="leerkring-footnotes__title">Voetnoten</h2><ol>' +
          '<li id="voetnoot-1">Movisie &lt;2021&gt; <a href="#voetnoot-ref-1" role="doc-backlink" aria-label="Terug naar voetnoot 1">↩</a></li>' +
          '<li id="voetnoot-2">Zie de notities. <a href="#voetnoot-ref-2" role="doc-backlink" aria-label="Terug naar voetnoot 2">↩</a></li>' +
          "</ol></section>",
      );
      expect(renderText(json)).toBe("Buurtteams (Movisie <2021>) werken. (Zie de notities.)");
    });

    it("keeps a link to a source, and its address, through the shared document", () => {
      const json: ProseMirrorJSON = {
        type: "doc",
        content: [
          {
            type: "paragraph",
            content: [
              {
                type: "text",
                text: "bron",
                marks: [{ type: "link", attrs: { href: "https://www.movisie.nl/x" } }],
              },
            ],
          },
        ],
      };
      const doc = new Y.Doc();
      prosemirrorJSONToYXmlFragment(editorSchema(), json, doc.getXmlFragment(FRAGMENT));
      expect(renderFragment(doc.getXmlFragment(FRAGMENT)).html).toBe(
        '<p><a rel="noopener noreferrer nofollow" href="https://www.movisie.nl/x">bron</a></p>',
      );
    });
  });
});
