import { hash, verify } from "@node-rs/argon2";
import { dictionary } from "@zxcvbn-ts/language-common";
import { z } from "zod";

// argon2id with OWASP's recommended minimum: 19 MiB memory, 2 iterations, 1 lane.
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

const commonPasswords = new Set(dictionary["passwords-common"] as string[]);

export const passwordSchema = z
  .string()
  .min(8, "fout.wachtwoordTeKort")
  .max(128, "fout.wachtwoordTeLang")
  .refine((pw) => !commonPasswords.has(pw.toLowerCase()), "fout.wachtwoordTeBekend");

/** A new password typed twice; combine with a form's other fields using `.and(...)`. */
export const newPasswordFields = z
  .object({ password: passwordSchema, repeatPassword: z.string({ error: "fout.verplicht" }) })
  .refine((v) => v.password === v.repeatPassword, {
    message: "fout.wachtwoordenVerschillen",
    path: ["repeatPassword"],
  });

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
