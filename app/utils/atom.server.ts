import { Feed } from "feed";
import { translator } from "#shared/i18n/index.ts";
import { config } from "#shared/config.server.ts";

// The public Atom feeds (/essays.atom, /praktijkvoorbeelden.atom): in Dutch, with links built
// from the configured public URL, never from the request.

/** A feed of the list at `path` (e.g. "/essays"), served at `path` + ".atom". */
export function atomFeed(options: {
  path: string;
  title: string;
  description: string;
  updated: Date;
}) {
  const origin = config().publicUrl;
  return new Feed({
    title: options.title,
    description: options.description,
    id: `${origin}${options.path}`,
    link: `${origin}${options.path}`,
    language: "nl",
    updated: options.updated,
    feedLinks: { atom: `${origin}${options.path}.atom` },
    copyright: translator("nl")("app.feedRechten"),
  });
}

/** The feed's Atom 1.0 text as a response, cached for five minutes. */
export function atomResponse(feed: Feed): Response {
  return new Response(feed.atom1(), {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      "Cache-Control": "public, max-age=300",
    },
  });
}
