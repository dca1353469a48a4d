import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = ParsedMail & { envelopeTo: string[] };

/**
 * A real SMTP server on a loopback port, in the test's own process: what Leerkring sends arrives
 * here over a real connection and is parsed back with mailparser. It can be stopped and started
 * again on the same port (the SMTP server "down"), and refuse addresses for good (550).
 */
export class TestMailbox {
  readonly received: ReceivedMail[] = [];
  /** Addresses answered "550 no such user" at RCPT TO. */
  readonly refused = new Set<string>();
  private server: SMTPServer | undefined;
  private port = 0;

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      // Stopping (the server "going down") cuts open connections instead of waiting 30 s for them.
      closeTimeout: 100,
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (this.refused.has(address.address.toLowerCase())) {
          const error = Object.assign(new Error("No such user"), { responseCode: 550 });
          return callback(error);
        }
        callback();
      },
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then((parsed) => {
            this.received.push(
              Object.assign(parsed, {
                envelopeTo: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
              }),
            );
            callback();
          })
          .catch(callback);
      },
    });
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.port, "127.0.0.1", () => resolve());
    });
    this.port = (server.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Mails to an address, in the order they arrived. */
  to(address: string): ReceivedMail[] {
    return this.received.filter((m) => m.envelopeTo.includes(address.toLowerCase()));
  }

  /** Waits until `ready` holds for what has arrived (the worker sends asynchronously). */
  async waitFor<T>(ready: (received: ReceivedMail[]) => T | undefined | false, timeoutMs = 15_000) {
    const start = Date.now();
    for (;;) {
      const result = ready(this.received);
      if (result) return result;
      if (Date.now() - start > timeoutMs) {
        throw new Error(`mail not arrived in ${timeoutMs} ms; got ${this.received.length}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}
