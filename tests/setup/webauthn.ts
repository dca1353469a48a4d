import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";
import { isoBase64URL, isoCBOR } from "@simplewebauthn/server/helpers";

// A software authenticator for integration tests: an ES256 key pair and the bytes a browser and
// authenticator would send (client data, authenticator data, a "none" attestation, a signature),
// so the server's checks run on real WebAuthn answers. Options let a test lie about the origin,
// the challenge or the RP ID.

const b64 = (bytes: Uint8Array) => isoBase64URL.fromBuffer(new Uint8Array(bytes));
const sha256 = (data: Uint8Array | string) => createHash("sha256").update(data).digest();

type Lie = { origin?: string; challenge?: string; rpId?: string; type?: string };

export class SoftAuthenticator {
  readonly credentialId = randomBytes(16);
  private readonly privateKey: KeyObject;
  private readonly publicJwk: { x: string; y: string };
  private counter = 0;

  constructor(private readonly rp: { id: string; origin: string }) {
    const pair = generateKeyPairSync("ec", { namedCurve: "P-256" });
    this.privateKey = pair.privateKey;
    this.publicJwk = pair.publicKey.export({ format: "jwk" }) as { x: string; y: string };
  }

  private clientData(type: string, challenge: string, lie: Lie): Buffer {
    return Buffer.from(
      JSON.stringify({
        type: lie.type ?? type,
        challenge: lie.challenge ?? challenge,
        origin: lie.origin ?? this.rp.origin,
        crossOrigin: false,
      }),
    );
  }

  private authData(withKey: boolean, lie: Lie): Buffer {
    const flags = withKey ? 0x45 : 0x05; // user present, user verified (+ attested credential data)
    const counter = Buffer.alloc(4);
    counter.writeUInt32BE(++this.counter);
    const head = Buffer.concat([sha256(lie.rpId ?? this.rp.id), Buffer.from([flags]), counter]);
    if (!withKey) return head;
    const coseKey = isoCBOR.encode(
      new Map<number, number | Uint8Array>([
        [1, 2],
        [3, -7],
        [-1, 1],
        [-2, isoBase64URL.toBuffer(this.publicJwk.x)],
        [-3, isoBase64URL.toBuffer(this.publicJwk.y)],
      ]),
    );
    const idLength = Buffer.alloc(2);
    idLength.writeUInt16BE(this.credentialId.length);
    return Buffer.concat([head, Buffer.alloc(16), idLength, this.credentialId, coseKey]);
  }

  /** The answer of navigator.credentials.create() to these options' challenge. */
  register(challenge: string, lie: Lie = {}) {
    const attestationObject = isoCBOR.encode(
      new Map<string, unknown>([
        ["fmt", "none"],
        ["attStmt", new Map()],
        ["authData", this.authData(true, lie)],
      ]) as never,
    );
    return {
      id: b64(this.credentialId),
      rawId: b64(this.credentialId),
      type: "public-key",
      clientExtensionResults: {},
      response: {
        clientDataJSON: b64(this.clientData("webauthn.create", challenge, lie)),
        attestationObject: b64(attestationObject),
        transports: ["internal"],
      },
    };
  }

  /** The answer of navigator.credentials.get() to this challenge. */
  authenticate(challenge: string, lie: Lie = {}) {
    const clientDataJSON = this.clientData("webauthn.get", challenge, lie);
    const authenticatorData = this.authData(false, lie);
    const signature = sign(
      "sha256",
      Buffer.concat([authenticatorData, sha256(clientDataJSON)]),
      this.privateKey,
    );
    return {
      id: b64(this.credentialId),
      rawId: b64(this.credentialId),
      type: "public-key",
      clientExtensionResults: {},
      response: {
        clientDataJSON: b64(clientDataJSON),
        authenticatorData: b64(authenticatorData),
        signature: b64(signature),
      },
    };
  }
}
