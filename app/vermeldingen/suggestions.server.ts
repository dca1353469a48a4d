import { z } from "zod";
import { translator } from "#shared/i18n/index.ts";
import type { SessionUser } from "#app/auth/session.server.ts";
import type { CollabEngine } from "#server/collab/index.ts";
import { mentionCandidates } from "./vermeldingen.server.ts";

// The answer of /api/vermeldbaar: whom the asker may mention in a document. Only someone who may
// write in the document asks; only people the document kind's rule lets read it are offered.

const query = z.object({
  document: z
    .string()
    .max(100)
    .regex(/^[a-z]+(:[a-z0-9]+)+$/),
  q: z.string().max(50).default(""),
});

export type SuggestionAnswer =
  | { status: 200; people: { id: number; name: string }[] }
  | { status: 400 | 401 | 403 | 404; error: string; message?: string };

export function mentionSuggestions(
  url: URL,
  asker: SessionUser | null,
  collab: Pick<CollabEngine<SessionUser>, "access">,
): SuggestionAnswer {
  if (!asker) return { status: 401, error: "niet-ingelogd" };
  const parsed = query.safeParse({
    document: url.searchParams.get("document") ?? undefined,
    q: url.searchParams.get("q") ?? undefined,
  });
  if (!parsed.success) return { status: 400, error: "ongeldige-vraag" };
  const { document, q } = parsed.data;
  const access = collab.access(asker, document);
  const t = translator(asker.locale);
  if (access === "not-found") {
    return { status: 404, error: "onbekend-document", message: t("fout.404.titel") };
  }
  // Mentioning is writing: who only reads along is not offered anyone.
  if (access !== "edit")
    return { status: 403, error: "geen-toegang", message: t("fout.403.titel") };
  const mayRead = (user: SessionUser) => {
    const theirs = collab.access(user, document);
    return theirs === "edit" || theirs === "view";
  };
  return { status: 200, people: mentionCandidates(asker, q, mayRead) };
}
