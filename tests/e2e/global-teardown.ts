import fs from "node:fs";

// A process warning of the server (a listener leak, a deprecation) fails the e2e run.
export default function globalTeardown() {
  const file = process.env.LEERKRING_WARNINGS_FILE;
  const warnings = file && fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim() : "";
  if (warnings) throw new Error(`De server gaf waarschuwingen tijdens de e2e-tests:\n${warnings}`);
}
