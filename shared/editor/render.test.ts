import { prosemirrorJSONToYXmlFragment } from "@tiptap/y-tiptap";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { FRAGMENT } from "./extensions.ts";
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
});
