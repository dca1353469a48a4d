import os from "node:os";
import path from "node:path";

// Where the e2e run's SMTP server listens and writes what it receives: derived from E2E_PORT, so
// runs on other ports (other worktrees) do not share a mailbox.
export function e2eMail(port: number) {
  return {
    smtpPort: port + 10_000,
    dir: path.join(os.tmpdir(), `leerkring-e2e-${port}-mail`),
  };
}
