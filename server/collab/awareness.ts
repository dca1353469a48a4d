import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import type { CollabUser } from "./kinds.ts";

// Awareness (presence, carets) arrives as y-protocols awareness updates. Before the server applies
// and forwards one, it checks the shape, keeps each client id with the socket that first used it,
// and writes the authenticated person's name into the state: carets cannot carry a false name.

export type AwarenessEntry = { clientId: number; clock: number; state: unknown };

const MAX_ENTRIES = 32;
const COLOR = /^#[0-9a-f]{6}$/i;

export function decodeAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  if (count > MAX_ENTRIES) throw new Error("too many awareness entries");
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const state: unknown = JSON.parse(decoding.readVarString(decoder));
    if (state !== null && (typeof state !== "object" || Array.isArray(state))) {
      throw new Error("awareness state must be an object or null");
    }
    entries.push({ clientId, clock, state });
  }
  return entries;
}

export function encodeAwarenessEntries(entries: AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const e of entries) {
    encoding.writeVarUint(encoder, e.clientId);
    encoding.writeVarUint(encoder, e.clock);
    encoding.writeVarString(encoder, JSON.stringify(e.state));
  }
  return encoding.toUint8Array(encoder);
}

/** The state with `user` set by the server: name and id from the session, the colour if valid. */
export function stampUser(state: unknown, user: CollabUser, access: "edit" | "view"): unknown {
  if (state === null) return null;
  const given = (state as { user?: { color?: unknown } }).user;
  const color =
    typeof given?.color === "string" && COLOR.test(given.color) ? given.color : "#1d6fa5";
  return { ...(state as object), user: { id: user.id, name: user.name, color, access } };
}
