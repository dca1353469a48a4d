import type { Role } from "#db/schema.ts";
import { config } from "#shared/config.server.ts";

// Which roles must use two-factor login: MFA_REQUIRED_ROLES (shared/config.server.ts), unless the
// app was started with its own list (createAppServer's mfaRequiredRoles: tests vary it per file).
// The override lives on globalThis because the server build holds its own copy of this module.

type Store = { __leerkringMfaRequiredRoles?: readonly Role[] };

export function setMfaRequiredRoles(roles: readonly Role[] | undefined): void {
  (globalThis as Store).__leerkringMfaRequiredRoles = roles;
}

export function mfaRequiredRoles(): readonly Role[] {
  return (globalThis as Store).__leerkringMfaRequiredRoles ?? config().mfaRequiredRoles;
}

export function mfaRequiredFor(role: Role): boolean {
  return mfaRequiredRoles().includes(role);
}
