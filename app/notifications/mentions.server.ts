import type { Person } from "./recipients.server.ts";

// Mentions in comments: the comment form offers the people who may read the item (a checkbox
// group, so nothing has to be typed or guessed), and the server checks each id again against the
// same readers. A mention of anyone else — someone who may not read the item, an inactive or
// made-up account — is refused and nothing is saved.

/**
 * The mentioned people, when every id is someone in `readers`; null when one is not (the caller
 * refuses the comment). The commenter mentioning themselves is dropped, not refused.
 */
export function resolveMentions(
  readers: readonly Person[],
  ids: readonly number[],
  actorId: number,
): Person[] | null {
  const byId = new Map(readers.map((p) => [p.id, p]));
  const mentioned: Person[] = [];
  for (const id of new Set(ids)) {
    if (id === actorId) continue;
    const person = byId.get(id);
    if (!person) return null;
    mentioned.push(person);
  }
  return mentioned;
}

/** The options of a "vermeld" checkbox group: readers but the commenter. */
export function mentionOptions(readers: readonly Person[], actorId: number) {
  return readers
    .filter((p) => p.id !== actorId)
    .map((p) => ({ value: String(p.id), label: `${p.name} (${p.organisationName})` }));
}
