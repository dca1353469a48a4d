import type { Role } from "#db/schema.ts";
import { config } from "#shared/config.server.ts";
import { processWide } from "#shared/process-wide.ts";

// Which roles must use two-factor login: MFA_REQUIRED_ROLES (shared/config.server.ts), unless the
// app was started with its own list (createAppServer's mfaRequiredRoles: tests vary it per file).
// The override is process-wide (shared/process-wide.ts): the app bundle has its own copy of this
// module.

const override = () =>
  processWide("mfa-required-roles", () => ({ roles: undefined as readonly Role[] | undefined }));

export function setMfaRequiredRoles(roles: readonly Role[] | undefined): void {
  override().roles = roles;
}

export function mfaRequiredRoles(): readonly Role[] {
  return override().roles ?? config().mfaRequiredRoles;
}

export function mfaRequiredFor(role: Role): boolean {
  return mfaRequiredRoles().includes(role);
}
