import { and, desc, eq, isNull } from "drizzle-orm";
import { recordAudit } from "#app/audit/audit.server.ts";
import type { Actor } from "#app/auth/rules/actor.ts";
import { generateToken, hashToken } from "#app/auth/tokens.server.ts";
import { getDb } from "#db/client.ts";
import { apiTokens, organisations, type ApiScope, type Role } from "#db/schema.ts";

// Tokens of the read-only JSON API. A token acts as a person of its role at its organisation
// (id 0: it is nobody's own), so every endpoint asks the same rules as the pages; its scopes say
// which endpoints it may call at all. Only the SHA-256 is stored; the token is shown once.

/** Prefix that makes a leaked token recognisable (for secret scanners) without revealing it. */
export const TOKEN_PREFIX = "lk_";

export type ApiCaller = { tokenId: number; scopes: ApiScope[]; actor: Actor };

export function createApiToken(
  input: { name: string; role: Role; organisationId: number; scopes: ApiScope[] },
  by: { id: number },
): { id: number; token: string } {
  const token = TOKEN_PREFIX + generateToken();
  return getDb().transaction((tx) => {
    const row = tx
      .insert(apiTokens)
      .values({ ...input, tokenHash: hashToken(token), createdById: by.id })
      .returning({ id: apiTokens.id })
      .get();
    recordAudit(tx, {
      action: "api-sleutel.gemaakt",
      actor: by.id,
      subject: { type: "api-sleutel", id: row.id },
      detail: { naam: input.name, rol: input.role, scopes: input.scopes.join(",") },
    });
    return { id: row.id, token };
  });
}

export function listApiTokens() {
  return getDb()
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      role: apiTokens.role,
      scopes: apiTokens.scopes,
      organisationName: organisations.name,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .innerJoin(organisations, eq(organisations.id, apiTokens.organisationId))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id))
    .all();
}

export function activeApiToken(id: number) {
  return (
    getDb()
      .select({ id: apiTokens.id, name: apiTokens.name })
      .from(apiTokens)
      .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
      .get() ?? null
  );
}

export function revokeApiToken(id: number, by: { id: number }): boolean {
  return getDb().transaction((tx) => {
    const done = tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
      .run();
    if (done.changes !== 1) return false;
    recordAudit(tx, {
      action: "api-sleutel.ingetrokken",
      actor: by.id,
      subject: { type: "api-sleutel", id },
    });
    return true;
  });
}

/** The caller of a request with `Authorization: Bearer <token>`; null for a missing, wrong or revoked token. */
export function authenticateApiRequest(request: Request, now = new Date()): ApiCaller | null {
  const header = request.headers.get("Authorization") ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) return null;
  const db = getDb();
  const row = db
    .select({
      id: apiTokens.id,
      scopes: apiTokens.scopes,
      role: apiTokens.role,
      organisationId: apiTokens.organisationId,
      organisationKind: organisations.kind,
      organisationCircle: organisations.circle,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .innerJoin(organisations, eq(organisations.id, apiTokens.organisationId))
    .where(eq(apiTokens.tokenHash, hashToken(match[1]!)))
    .get();
  if (!row || row.revokedAt) return null;
  db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.id)).run();
  return {
    tokenId: row.id,
    scopes: row.scopes,
    actor: {
      id: 0,
      role: row.role,
      organisationId: row.organisationId,
      organisationKind: row.organisationKind,
      organisationCircle: row.organisationCircle,
    },
  };
}
