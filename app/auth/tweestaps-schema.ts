import { z } from "zod";

// The forms of two-factor login, checked alike in the browser and in the action.

const code = z
  .string({ error: "fout.verplicht" })
  .trim()
  .min(1, "fout.verplicht")
  .max(64, "fout.teLang");

/** /inloggen/code: a code of the app or a recovery code, and whether to remember this device. */
export const secondStepSchema = z.object({
  code,
  onthouden: z.literal("ja").optional(),
});

/** The six digits that switch two-factor login on. */
export const enableSchema = z.object({
  intent: z.literal("aanzetten"),
  code: code.regex(/^\d{6}$/, "tweestaps.fout.zesCijfers"),
});

/** Switching off asks the current password or a code (of the app or a recovery code). */
export const disableSchema = z.object({
  intent: z.literal("uitzetten"),
  bewijs: z.string({ error: "fout.verplicht" }).min(1, "fout.verplicht").max(1024, "fout.teLang"),
});

// Passkeys (app/auth/passkeys.server.ts). The browser's answer (@simplewebauthn/browser) comes as
// JSON in one field; what does not parse, or lacks the parts every answer has, is refused here with
// a Dutch message (a 400, never a 500). The signature and the rest are checked by the server.

const b64url = z
  .string()
  .max(16_384)
  .regex(/^[A-Za-z0-9_-]*$/);
const credentialShape = {
  id: b64url.min(1),
  rawId: b64url.min(1),
  type: z.literal("public-key"),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
};
export const registrationResponseShape = z.object({
  ...credentialShape,
  response: z.looseObject({
    clientDataJSON: b64url.min(1),
    attestationObject: b64url.min(1),
    transports: z.array(z.string().max(32)).max(10).optional(),
  }),
});
export const authenticationResponseShape = z.object({
  ...credentialShape,
  response: z.looseObject({
    clientDataJSON: b64url.min(1),
    authenticatorData: b64url.min(1),
    signature: b64url.min(1),
    userHandle: b64url.optional(),
  }),
});

/** A field holding the browser's answer as JSON, read with `shape`. */
function answer<S extends z.ZodType>(shape: S) {
  return z
    .string({ error: "passkey.fout.ongeldigAntwoord" })
    .max(65_536, "passkey.fout.ongeldigAntwoord")
    .transform((text, ctx): z.output<S> => {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      const parsed = shape.safeParse(json);
      if (!parsed.success) {
        ctx.addIssue({ code: "custom", message: "passkey.fout.ongeldigAntwoord" });
        return z.NEVER;
      }
      return parsed.data;
    });
}

export const passkeyOptionsSchema = z.object({ intent: z.literal("passkey-opties") });

export const passkeyRegisterSchema = z.object({
  intent: z.literal("passkey-registreren"),
  naam: z
    .string({ error: "fout.verplicht" })
    .trim()
    .min(1, "fout.verplicht")
    .max(60, "fout.teLang"),
  antwoord: answer(registrationResponseShape),
});

export const passkeyRemoveSchema = z.object({
  intent: z.literal("passkey-verwijderen"),
  id: b64url.min(1),
});

/** /inloggen/code with a passkey: the options, then the browser's answer. */
export const passkeyStepSchema = z.discriminatedUnion(
  "intent",
  [
    passkeyOptionsSchema,
    z.object({
      intent: z.literal("passkey"),
      antwoord: answer(authenticationResponseShape),
      onthouden: z.literal("ja").optional(),
    }),
  ],
  { error: "fout.ongeldig" },
);

export const tweestapsSchema = z.discriminatedUnion(
  "intent",
  [
    enableSchema,
    disableSchema,
    z.object({ intent: z.literal("nieuwe-codes") }),
    passkeyOptionsSchema,
    passkeyRegisterSchema,
    passkeyRemoveSchema,
  ],
  { error: "fout.ongeldig" },
);
