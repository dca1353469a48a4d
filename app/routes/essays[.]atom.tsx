import { authorNames } from "#app/essays/author-names.ts";
import { listPublishedEssays } from "#app/essays/essays.server.ts";
import { atomFeed, atomResponse } from "#app/utils/atom.server.ts";
import { translator } from "#shared/i18n/index.ts";
import { config } from "#shared/config.server.ts";

/** An Atom feed of the published essays, for feed readers and newsletters. */
export function loader() {
  const origin = config().publicUrl;
  const t = translator("nl");
  const essays = listPublishedEssays({}, 50);
  const feed = atomFeed({
    path: "/essays",
    title: t("essay.feedTitel"),
    description: t("essay.lijstUitleg"),
    updated: essays[0]?.publishedAt ?? new Date(0),
  });
  for (const e of essays) {
    const url = `${origin}/essays/${e.slug}`;
    feed.addItem({
      title: e.publishedTitle!,
      id: url,
      link: url,
      description: e.publishedSummary ?? "",
      content: e.publishedHtml ?? "",
      author: authorNames(e, t).map((name) => ({ name })),
      date: e.publishedAt!,
      published: e.firstPublishedAt!,
      category: e.themaName ? [{ name: e.themaName }] : [],
    });
  }
  return atomResponse(feed);
}
