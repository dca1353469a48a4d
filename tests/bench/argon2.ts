// npm run bench:argon2 — how long hashing and verifying a password takes on this machine, with the
// parameters Leerkring uses (app/auth/password.server.ts).
import { hashPassword, verifyPassword } from "#app/auth/password.server.ts";

const runs = 30;
await hashPassword("opwarmen");
let start = performance.now();
let hash = "";
for (let i = 0; i < runs; i++) hash = await hashPassword(`een zin als wachtwoord ${i}`);
const hashMs = (performance.now() - start) / runs;
start = performance.now();
for (let i = 0; i < runs; i++) await verifyPassword(hash, "niet het goede");
const verifyMs = (performance.now() - start) / runs;
const result = {
  parameters: hash.split("$").slice(1, 4).join("$"),
  runs,
  hashMs: Number(hashMs.toFixed(1)),
  verifyMs: Number(verifyMs.toFixed(1)),
};
if (process.argv.includes("--json")) console.info(JSON.stringify(result));
else
  console.info(
    `argon2id (${result.parameters}): hash ${result.hashMs} ms, verify ${result.verifyMs} ms (mean of ${runs})`,
  );
