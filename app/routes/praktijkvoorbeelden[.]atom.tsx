import { asDocument } from "#app/praktijkvoorbeelden/as-document.ts";
import { listPublishedPraktijkvoorbeelden } from "#app/praktijkvoorbeelden/praktijkvoorbeelden.server.ts";
import { atomFeed, atomResponse } from "#app/utils/atom.server.ts";
import { translator } from "#shared/i18n/index.ts";
import { config } from "#shared/config.server.ts";
import { renderHtml } from "#shared/editor/render.ts";

/** An Atom feed of the published practice examples, for feed readers and newsletters. */
export function loader() {
  const origin = config().publicUrl;
  const t = translator("nl");
  const examples = listPublishedPraktijkvoorbeelden().slice(0, 50);
  const feed = atomFeed({
    path: "/praktijkvoorbeelden",
    title: t("praktijk.feedTitel"),
    description: t("praktijk.lijstUitleg"),
    // The feed changed when its most recently (re)published entry did.
    updated: new Date(Math.max(0, ...examples.map((p) => p.publishedAt?.getTime() ?? 0))),
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
  return atomResponse(feed);
}
