import { isMessageKey, type Translate } from "#shared/i18n/index.ts";

/** A tag's label: the catalogue's for a seeded tag (English too), else its Dutch name. */
export function tagLabel(t: Translate, tag: { slug: string; name: string }): string {
  const key = `tag.label.${tag.slug}`;
  return isMessageKey(key) ? t(key) : tag.name;
}
