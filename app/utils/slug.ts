// URL slugs for organisations, essays and themes: ASCII letters and digits joined by hyphens.

/**
 * A slug from a name: accents folded, lower case, every other run of characters one hyphen, at
 * most 60 characters. A leading "Gemeente " is dropped, so a municipality's slug is its place
 * name. Empty when nothing is left; the caller picks a fallback and makes the slug unique.
 */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/^gemeente\s+/, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
}
