import { hash, verify } from "@node-rs/argon2";
import { PASSWORD_MAX, PASSWORD_MIN, newPasswordLength } from "./password-schema.ts";
import { passwordWeakness } from "./password-strength.server.ts";

// argon2id with OWASP's recommended minimum: 19 MiB memory, 2 iterations, 1 lane.
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * A new password: 8–128 characters and hard to guess (zxcvbn score ≥ 3), also for someone who
 * knows the person's name, e-mail address and organisation (`personal`).
 */
export function passwordSchema(personal: string[]) {
  return newPasswordLength.superRefine((password, ctx) => {
    // Only a password of a valid length is worth estimating (and never a huge one).
    if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) return;
    const weakness = passwordWeakness(password, personal);
    if (weakness) ctx.addIssue({ code: "custom", message: weakness });
  });
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this when the account does not exist keeps the response time the same, so
// timing does not tell which e-mail addresses have an account.
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword("leerkring-dummy-password");
  await verifyPassword(await dummyHash, password);
}
