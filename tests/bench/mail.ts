// npm run bench:mail [-- --recipients 2000] [--runs 10] [--json]
// One event for 2,000 recipients. (1) How long the change that causes it takes: notify() gives the
// first INLINE_RECIPIENTS their notification and mail in the change's transaction and stores the
// rest as one row, so this is what the request spends on it — as publishing an essay for every
// account does. The bench runs that transaction itself (load the recipients, write the news),
// without the rest of the HTTP request, and says so. (2) How long the fan-out then takes until all
// 2,000 have it, and its longest batch: the longest the process is busy with it at a time. (3) How
// fast the worker delivers all the mails to a real SMTP server on loopback.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const RECIPIENTS = option("recipients", 2000);
const RUNS = option("runs", 10);
const TARGET_P95_MS = 50;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "leerkring-bench-mail-"));
process.env.DATABASE_URL = path.join(dir, "bench.db");
process.env.NODE_ENV = "production";
process.env.LOG_LEVEL ??= "warn";
process.env.PUBLIC_URL ??= "http://localhost:3000";

const { eq, count } = await import("drizzle-orm");
const { getDb, closeDb, migrateDatabase } = await import("#db/client.ts");
const schema = await import("#db/schema.ts");
const { notify, INLINE_RECIPIENTS } = await import("#app/notifications/notify.server.tsx");
const { deliverNextBatch } = await import("#app/notifications/fan-out.server.ts");
const { startMailWorker } = await import("#app/mail/worker.server.ts");
const { logger } = await import("#server/logger.ts");

const db = getDb();
migrateDatabase(db);

// 2,000 people in one municipality (no password hashing: nobody logs in here).
const organisation = db
  .insert(schema.organisations)
  .values({ slug: "gemeente-bench", name: "Gemeente Bench", kind: "gemeente", circle: 1 })
  .returning()
  .get();
db.transaction((tx) => {
  for (let i = 0; i < RECIPIENTS; i++) {
    tx.insert(schema.users)
      .values({
        email: `deelnemer-${i}@bench.leerkring.test`,
        name: `Deelnemer ${i}`,
        role: "deelnemer",
        organisationId: organisation.id,
        passwordHash: "x",
        locale: i % 5 === 0 ? "en" : "nl",
      })
      .run();
  }
});

/** The request's share of the work: who hears of it, and the news for each, in one transaction. */
function theEvent(run: number): number {
  return db.transaction((tx) => {
    const recipients = tx
      .select({
        id: schema.users.id,
        email: schema.users.email,
        name: schema.users.name,
        locale: schema.users.locale,
      })
      .from(schema.users)
      .where(eq(schema.users.active, true))
      .all();
    return notify(tx, recipients, {
      category: "bijeenkomsten",
      kind: "bijeenkomst.melding.gepland",
      params: { titel: `Themabijeenkomst ${run}`, wanneer: "maandag 12 januari", waar: "Utrecht" },
      link: `/bijeenkomsten/${run}`,
    });
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

let failed = false;
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  closeTimeout: 100,
  onData(stream, _session, callback) {
    stream.on("data", () => {});
    stream.on("end", () => {
      received++;
      callback();
    });
  },
});
let received = 0;

try {
  console.info(
    `Eén gebeurtenis voor ${RECIPIENTS} ontvangers (${RUNS} keer).\n` +
      "Gemeten: de transactie die een verzoek zou doen (ontvangers laden, melding + e-mail per " +
      "persoon in de outbox), zonder de rest van het HTTP-verzoek.",
  );
  /** The fan-out, batch by batch as the server does it: how long it took and its longest batch. */
  const fanOut = () => {
    const start = performance.now();
    let longest = 0;
    for (;;) {
      const batchStart = performance.now();
      if (!deliverNextBatch()) break;
      longest = Math.max(longest, performance.now() - batchStart);
    }
    return { total: performance.now() - start, longest };
  };
  theEvent(0); // warm-up: module loading, prepared statements
  fanOut();
  const times: number[] = [];
  const fanOuts: number[] = [];
  const batches: number[] = [];
  for (let run = 1; run <= RUNS; run++) {
    const start = performance.now();
    const n = theEvent(run);
    times.push(performance.now() - start);
    if (n !== RECIPIENTS) throw new Error(`notify reached ${n}, not ${RECIPIENTS}`);
    const { total, longest } = fanOut();
    fanOuts.push(total);
    batches.push(longest);
  }
  const given = db.select({ n: count() }).from(schema.notifications).get()!.n;
  if (given !== (RUNS + 1) * RECIPIENTS) {
    throw new Error(`${given} notifications, expected ${(RUNS + 1) * RECIPIENTS}`);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const p50 = percentile(sorted, 50);
  const p95 = percentile(sorted, 95);
  console.info(
    `transactie: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms ` +
      `(doel p95 ≤ ${TARGET_P95_MS} ms: ${p95 <= TARGET_P95_MS ? "gehaald" : "NIET gehaald"})`,
  );
  const fanOutSorted = [...fanOuts].sort((a, b) => a - b);
  const batchSorted = [...batches].sort((a, b) => a - b);
  console.info(
    `daarna, in porties van ${INLINE_RECIPIENTS}: alle ${RECIPIENTS} hebben hun melding na p50 ` +
      `${percentile(fanOutSorted, 50).toFixed(0)} ms, p95 ${percentile(fanOutSorted, 95).toFixed(0)} ms; ` +
      `langste portie p95 ${percentile(batchSorted, 95).toFixed(1)} ms`,
  );

  // Delivery: only the last event's mails, so the worker delivers exactly RECIPIENTS.
  db.delete(schema.mailOutbox).run();
  theEvent(RUNS + 1);
  fanOut(); // the other recipients' mails too, as the server's fan-out gives them right after
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", () => resolve()));
  const port = (smtp.server.address() as AddressInfo).port;
  const start = performance.now();
  const worker = startMailWorker({
    smtpUrl: `smtp://127.0.0.1:${port}`,
    from: "Leerkring <leerkring@bench.test>",
    logger: logger.child({ component: "mail" }),
    retryBaseMs: 50,
  });
  const deadline = Date.now() + 5 * 60_000;
  const sent = () =>
    db
      .select({ n: count() })
      .from(schema.mailOutbox)
      .where(eq(schema.mailOutbox.status, "verzonden"))
      .get()!.n;
  while (sent() < RECIPIENTS) {
    if (Date.now() > deadline) throw new Error(`only ${sent()} of ${RECIPIENTS} sent in 5 minutes`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const seconds = (performance.now() - start) / 1000;
  await worker.stop();
  const other = db
    .select({ n: count() })
    .from(schema.mailOutbox)
    .where(eq(schema.mailOutbox.status, "wachtend"))
    .get()!.n;
  if (received !== RECIPIENTS || other !== 0) {
    throw new Error(`server received ${received}, ${other} still waiting; expected ${RECIPIENTS}`);
  }
  console.info(
    `bezorging: ${RECIPIENTS} e-mails in ${seconds.toFixed(2)} s = ` +
      `${(RECIPIENTS / seconds).toFixed(0)} e-mails/s (SMTP-server op loopback, 4 verbindingen)`,
  );
  if (args.includes("--json")) {
    console.info(
      JSON.stringify({
        recipients: RECIPIENTS,
        runs: RUNS,
        transactionP50Ms: p50,
        transactionP95Ms: p95,
        fanOutP95Ms: percentile(fanOutSorted, 95),
        longestBatchP95Ms: percentile(batchSorted, 95),
        mailsPerSecond: RECIPIENTS / seconds,
      }),
    );
  }
  if (p95 > TARGET_P95_MS) failed = true;
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
