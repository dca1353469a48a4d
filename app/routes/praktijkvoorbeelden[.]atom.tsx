import { Feed } from "feed";
import { asDocument } from "#app/praktijkvoorbeelden/as-document.ts";
import { listPublishedPraktijkvoorbeelden } from "#app/praktijkvoorbeelden/praktijkvoorbeelden.server.ts";
import { translator } from "#shared/i18n/index.ts";
import { config } from "#shared/config.server.ts";
import { renderHtml } from "#shared/editor/render.ts";

/** An Atom feed of the published practice examples, for feed readers and newsletters. */
export function loader() {
  const origin = config().publicUrl;
  const t = translator("nl");
  const examples = listPublishedPraktijkvoorbeelden().slice(0, 50);
  const feed = new Feed({
    title: t("praktijk.feedTitel"),
    description: t("praktijk.lijstUitleg"),
    id: `${origin}/praktijkvoorbeelden`,
    link: `${origin}/praktijkvoorbeelden`,
    language: "nl",
    updated: latest(examples.map((p) => p.publishedAt)),
    feedLinks: { atom: `${origin}/praktijkvoorbeelden.atom` },
    copyright: t("essay.feedRechten"),
  });
  for (const p of examples) {
    const url = `${origin}/praktijkvoorbeelden/${p.slug}`;
    feed.addItem({
      title: p.publishedTitle!,
      id: url,
      link: url,
      description: p.publishedSummary ?? "",
      content: renderHtml(asDocument(p.publishedBody!)),
      author: [{ name: p.organisationName }],
      date: p.publishedAt!,
      published: p.firstPublishedAt!,
      category: [{ name: p.themaName }],
    });
  }
  return new Response(feed.atom1(), {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      "Cache-Control": "public, max-age=300",
    },
  });
}

/** The feed changed when its most recently (re)published entry did. */
function latest(dates: (Date | null)[]): Date {
  return new Date(Math.max(0, ...dates.map((d) => d?.getTime() ?? 0)));
}
