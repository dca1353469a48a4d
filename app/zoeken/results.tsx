import { Fragment } from "react";

// What search results share between the server (search.server.ts) and the page.

export const searchKinds = [
  "essay",
  "praktijkvoorbeeld",
  "notities",
  "leervraag",
  "traject",
  "interventie",
  "bijlage",
] as const;
export type SearchKind = (typeof searchKinds)[number];

/** Results on one page. */
export const SEARCH_PAGE_SIZE = 30;

/** Marks the matched words in a search snippet; the page turns them into <mark> after escaping. */
export const HIT_START = "\u0002";
export const HIT_END = "\u0003";

/** A snippet as text with the matched words in <mark>: nothing from the index is rendered as HTML. */
export function Snippet({ text }: { text: string }) {
  return (
    <>
      {text.split(HIT_START).map((part, i) => {
        if (i === 0) return <Fragment key={i}>{part}</Fragment>;
        const [hit = "", rest = ""] = part.split(HIT_END);
        return (
          <Fragment key={i}>
            <mark>{hit}</mark>
            {rest}
          </Fragment>
        );
      })}
    </>
  );
}
