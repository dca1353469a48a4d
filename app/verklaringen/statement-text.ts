// A statement's text as the beheerder writes it, read into blocks the page renders with NL Design
// System components: never as HTML, so nothing the text contains can become markup or script.
// A blank line ends a paragraph; `## ` starts a heading, `### ` a subheading, `- ` a list item.

export type Inline = { text: string } | { text: string; href: string };

export type Block =
  | { type: "heading"; level: 2 | 3; text: string }
  | { type: "paragraph"; lines: string[] }
  | { type: "list"; items: string[] };

export function parseStatement(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ type: "paragraph", lines: paragraph });
    if (list.length) blocks.push({ type: "list", items: list });
    paragraph = [];
    list = [];
  };
  for (const raw of source.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.trim();
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    const item = /^[-*]\s+(.*)$/.exec(line);
    if (line === "") {
      flush();
    } else if (heading) {
      flush();
      // One h1 per page (the statement's title): `#` counts as a heading of the second level.
      blocks.push({ type: "heading", level: heading[1]!.length === 3 ? 3 : 2, text: heading[2]! });
    } else if (item) {
      if (paragraph.length) flush();
      list.push(item[1]!);
    } else if (list.length) {
      // A line under a list item without its own dash continues that item.
      list[list.length - 1] += ` ${line}`;
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}

// Web addresses and e-mail addresses become links; a trailing full stop or bracket stays text.
const LINKABLE = /(https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]])|([\w.+-]+@[\w-]+(?:\.[\w-]+)+)/g;

export function inlineParts(text: string): Inline[] {
  const parts: Inline[] = [];
  let at = 0;
  for (const match of text.matchAll(LINKABLE)) {
    if (match.index > at) parts.push({ text: text.slice(at, match.index) });
    const [found] = match;
    parts.push({ text: found, href: match[1] ? found : `mailto:${found}` });
    at = match.index + found.length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}
