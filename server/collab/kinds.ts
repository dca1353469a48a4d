import type { Access } from "#shared/collab/protocol.ts";
import type { Rendered } from "#shared/editor/render.ts";
import { logger } from "../logger.ts";

// Which kinds of documents exist and who may open them. The engine knows no feature: each feature
// registers its kind (a name pattern and an access rule) when the server is put together
// (server/app.ts), and every join and message asks it again (docs/decisions/010).

/** A person as the engine needs them: an id for the append log, a name for the caret. */
export type CollabUser = { id: number; name: string };

export type DocumentAccess = Access | "not-found" | "forbidden";

/** What the engine tells a kind when it stored a new text of one of its documents. */
export type StoredChange = {
  /** The people whose updates are in it since the last time (ids; none after a restart). */
  editors: readonly number[];
  /** The text as stored: ProseMirror JSON, HTML and plain text. */
  rendered: Rendered;
};

export type DocumentKind<U extends CollabUser> = {
  /** Names of this kind; the first capture group is the id, e.g. `/^essay:([1-9]\d{0,9})$/`. */
  pattern: RegExp;
  /** What `user` may do with the document of `id`, as their rights are now. */
  access(user: U, id: number): DocumentAccess;
  /** Called after the engine stored a new text of the document of `id` (at compaction). */
  onChange?(id: number, change: StoredChange): void;
};

export class DocumentKinds<U extends CollabUser> {
  private readonly kinds: DocumentKind<U>[] = [];

  register(kind: DocumentKind<U>): void {
    this.kinds.push(kind);
  }

  access(user: U, name: string): DocumentAccess {
    const found = this.find(name);
    return found ? found.kind.access(user, found.id) : "not-found";
  }

  /** Tells the kind; what it does with it can never undo or break the compaction. */
  changed(name: string, change: StoredChange): void {
    const found = this.find(name);
    try {
      found?.kind.onChange?.(found.id, change);
    } catch (error) {
      logger.error({ err: error, document: name }, "collab: a document kind's onChange failed");
    }
  }

  private find(name: string): { kind: DocumentKind<U>; id: number } | null {
    for (const kind of this.kinds) {
      const match = kind.pattern.exec(name);
      if (match) return { kind, id: Number(match[1]) };
    }
    return null;
  }
}
