import { prosemirrorJSONToYXmlFragment } from "@tiptap/y-tiptap";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { FRAGMENT, mentionedIds } from "./extensions.ts";
import { editorSchema, renderFragment, renderHtml, type ProseMirrorJSON } from "./render.ts";

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
});
