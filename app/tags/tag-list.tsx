import { Heading2 } from "@utrecht/component-library-react";
import { Link } from "react-router";
import { useT } from "#shared/i18n/index.ts";
import { tagLabel } from "./tag-label.ts";
import type { Tag } from "./tags.server.ts";

/** A record's tags, each a link to the list filtered by it (`listPath?tag=<id>`). */
export function TagList({ tags, listPath }: { tags: readonly Tag[]; listPath: string }) {
  const t = useT();
  if (tags.length === 0) return null;
  return (
    <section aria-labelledby="tags-kop">
      <Heading2 id="tags-kop">{t("tag.kop")}</Heading2>
      <ul className="leerkring-tags">
        {tags.map((tag) => (
          <li key={tag.id}>
            <Link to={`${listPath}?tag=${tag.id}`} className="utrecht-link">
              {tagLabel(t, tag)}
              <span className="visually-hidden"> ({t(`tag.familie.${tag.family}`)})</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
