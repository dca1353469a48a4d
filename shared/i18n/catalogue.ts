import type { Locale } from "./locales.ts";
import type { nl } from "./nl/index.ts";

/**
 * A translation of a Dutch feature file: exactly its keys, each a string. The English files are
 * written `satisfies Catalogue<typeof nl>`, so a missing or an extra key is a type error.
 */
export type Catalogue<Source> = { readonly [Key in keyof Source]: string };

/** Every string of the interface in one language. */
export type Messages = Catalogue<typeof nl>;

/**
 * How a language's messages are found: at once on the server (catalogues.server.ts), as a chunk
 * fetched on demand in the browser (catalogues.client.ts).
 */
export type LoadCatalogue = (locale: Locale) => Messages | Promise<Messages>;
