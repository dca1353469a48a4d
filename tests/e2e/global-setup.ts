import fs from "node:fs";
import path from "node:path";
import type { FullConfig } from "@playwright/test";
import { SMTPServer } from "smtp-server";
import { e2eMail } from "./mail-server.ts";

// A real SMTP server for the e2e run, on a loopback port derived from E2E_PORT: the server under
// test sends to it (SMTP_URL in playwright.config.ts) and each message it receives is written as
// an .eml file, which tests read with readMails() (helpers.ts). The function returned here stops
// it when the run ends (Playwright's global teardown of this setup).
export default async function globalSetup(config: FullConfig) {
  const port = Number(new URL(config.webServer!.url!).port);
  const { smtpPort, dir } = e2eMail(port);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    closeTimeout: 100,
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const name = `${Date.now()}-${String(++count).padStart(5, "0")}.eml`;
        // Written under a temporary name first, so a reader never sees half a message.
        const file = path.join(dir, name);
        fs.writeFileSync(`${file}.part`, Buffer.concat(chunks));
        fs.renameSync(`${file}.part`, file);
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(smtpPort, "127.0.0.1", () => resolve());
  });
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}
