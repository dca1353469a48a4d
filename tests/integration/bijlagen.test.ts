import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import os from "node:os";
import { databasePath, getDb } from "#db/client.ts";
import { makeBackup, manifestOf, restoreBackup } from "#server/backups.ts";
import {
  agendapunten,
  auditLog,
  bestanden,
  bijlagen,
  leervragen,
  logboek,
  trajecten,
} from "#db/schema.ts";
import { config } from "#shared/config.server.ts";
import { createBijeenkomst, createLeervraag, createOrganisation } from "#tests/factories.ts";
import { docxWith, pdfWith, photoWithExif } from "#tests/fixtures/files.ts";
import { signedIn, startTestApp, type Client } from "#tests/setup/http.ts";

const app = startTestApp();
const uploadDir = () => path.resolve(config().uploadDir);
const stored = (sha: string) => path.join(uploadDir(), sha.slice(0, 2), sha);

/** A municipality member with a learning question of their own (which they may attach to). */
async function owner(overrides: { werkvormen?: ("intervisie" | "themabijeenkomst")[] } = {}) {
  const gemeente = createOrganisation({ circle: 1 });
  const member = await signedIn(app, { role: "deelnemer", organisationId: gemeente.id });
  const vraag = createLeervraag({
    organisationId: gemeente.id,
    werkvormen: overrides.werkvormen ?? ["themabijeenkomst"],
  });
  return { ...member, gemeente, vraag };
}

function upload(client: Client, vraagId: number, name: string, bytes: Buffer | string, title = "") {
  const form = new FormData();
  form.set("titel", title);
  form.set("bestand", new Blob([typeof bytes === "string" ? bytes : new Uint8Array(bytes)]), name);
  return client.request(`/bijlagen/nieuw/leervraag/${vraagId}`, {
    method: "POST",
    headers: { Origin: app.url },
    body: form,
  });
}

const attachmentsOf = (vraagId: number) =>
  getDb().select().from(bijlagen).where(eq(bijlagen.leervraagId, vraagId)).all();

async function followBack(client: Client, response: Response) {
  expect(response.status).toBe(303);
  const location = response.headers.get("Location")!;
  return { location, html: await (await client.get(location)).text() };
}

describe("uploading an attachment to a learning question", () => {
  it("stores a PDF by its content hash, lists it on the page and downloads it as an attachment", async () => {
    const { client, vraag, user } = await owner();
    const pdf = await pdfWith("Wijkanalyse Zuid met buurtkamers");
    const response = await upload(client, vraag.id, "wijkanalyse.pdf", pdf, "Wijkanalyse");
    const { location, html } = await followBack(client, response);
    expect(location).toMatch(
      new RegExp(`^/leervragen/${vraag.id}\\?bijlage=toegevoegd&nieuw=\\d+#bijlagen$`),
    );
    expect(html).toContain("De bijlage is toegevoegd.");
    expect(html).toContain("Wijkanalyse");
    const [row] = attachmentsOf(vraag.id);
    expect(row).toMatchObject({
      mediaType: "application/pdf",
      size: pdf.length,
      uploadedById: user.id,
    });
    expect(row!.text).toContain("buurtkamers");
    expect(fs.readFileSync(stored(row!.sha256)).equals(pdf)).toBe(true);

    const download = await client.get(`/bijlagen/${row!.id}/wijkanalyse.pdf`);
    expect(download.status).toBe(200);
    expect(download.headers.get("Content-Type")).toBe("application/pdf");
    expect(download.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(download.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="wijkanalyse.pdf"/,
    );
    expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);

    const audit = getDb()
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "bijlage.toegevoegd"))
      .all();
    expect(audit.some((a) => a.subjectId === String(row!.id) && a.actorId === user.id)).toBe(true);
  });

  it("refuses content that does not match an allowed name, in Dutch", async () => {
    const { client, vraag } = await owner();
    // An executable calling itself a PDF; and a plain text calling itself a PDF.
    const exe = Buffer.concat([
      Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "binary"),
      Buffer.alloc(200, 1),
    ]);
    for (const bytes of [exe, Buffer.from("gewoon tekst, geen pdf")]) {
      const { html } = await followBack(client, await upload(client, vraag.id, "casus.pdf", bytes));
      expect(html).toMatch(/Dit soort bestand kan niet als bijlage|past niet bij de naam/);
    }
    // Not UTF-8 text, and text with a NUL: no type at all.
    const latin1 = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xff, 0xfe, 0x00, 0x41]);
    const { html } = await followBack(
      client,
      await upload(client, vraag.id, "notities.txt", latin1),
    );
    expect(html).toContain("Dit soort bestand kan niet als bijlage");
    expect(attachmentsOf(vraag.id)).toHaveLength(0);
    expect(fs.readdirSync(path.join(uploadDir(), ".tmp"))).toEqual([]);
  });

  it("accepts CSV and Word by content, and keeps Word's text for search", async () => {
    const { client, vraag } = await owner();
    await upload(client, vraag.id, "cijfers.csv", "wijk;aantal\nZuid;12\n");
    await upload(client, vraag.id, "verslag.docx", await docxWith("Verslag over mantelzorgers"));
    const rows = attachmentsOf(vraag.id);
    expect(rows.map((r) => r.mediaType).sort()).toEqual([
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "text/csv",
    ]);
    expect(rows.find((r) => r.filename === "verslag.docx")!.text).toContain("mantelzorgers");
  });

  it("neutralises path separators and control characters in the name", async () => {
    const { client, vraag } = await owner();
    await upload(client, vraag.id, "../../etc/pa\u0000ss\u202ewd\u0007\t.txt", "hallo");
    await upload(client, vraag.id, "..\\..\\boot.ini.txt", "hallo daar");
    const names = attachmentsOf(vraag.id)
      .map((r) => r.filename)
      .sort();
    expect(names).toEqual(["boot.ini.txt", "passwd.txt"]);
    const row = attachmentsOf(vraag.id).find((r) => r.filename === "passwd.txt")!;
    const download = await client.get(`/bijlagen/${row.id}/x`);
    expect(download.headers.get("Content-Disposition")).toBe(
      `attachment; filename="passwd.txt"; filename*=UTF-8''passwd.txt`,
    );
    // Nothing was written outside the upload folder.
    expect(fs.existsSync(path.join(uploadDir(), "..", "etc"))).toBe(false);
  });

  it("re-encodes photos so that EXIF and GPS data are gone", async () => {
    const { client, vraag } = await owner();
    for (const format of ["jpeg", "png"] as const) {
      const photo = await photoWithExif(format);
      expect((await sharp(photo).metadata()).exif).toBeDefined();
      await upload(client, vraag.id, `foto.${format === "jpeg" ? "jpg" : "png"}`, photo);
    }
    const rows = attachmentsOf(vraag.id);
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      const bytes = fs.readFileSync(stored(row.sha256));
      const meta = await sharp(bytes).metadata();
      expect(meta.exif).toBeUndefined();
      expect(bytes.includes(Buffer.from("Geheim-9000"))).toBe(false);
      expect(meta.width).toBe(32);
    }
  });

  it("refuses a file over UPLOAD_MAX_MB while it streams, without reading the rest", async () => {
    const { client, vraag } = await owner();
    const limit = config().uploadMaxBytes;
    // Announced too large: refused before anything is read.
    const announced = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(`${app.url}/bijlagen/nieuw/leervraag/${vraag.id}`, {
        method: "POST",
        headers: {
          Origin: app.url,
          Cookie: client.cookieHeader,
          "Content-Type": "multipart/form-data; boundary=x",
          "Content-Length": String(limit + 5_000_000),
        },
      });
      req.on("response", (res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode!, body }));
      });
      req.on("error", reject);
      req.write("--x\r\n");
    });
    expect(announced.status).toBe(413);
    expect(announced.body).toContain("groter dan 25 MB");

    // Not announced (chunked): the parser stops at the limit and the answer comes before the end.
    const sent = await new Promise<{ status: number; location: string; bytes: number }>(
      (resolve, reject) => {
        const req = http.request(`${app.url}/bijlagen/nieuw/leervraag/${vraag.id}`, {
          method: "POST",
          headers: {
            Origin: app.url,
            Cookie: client.cookieHeader,
            "Content-Type": "multipart/form-data; boundary=grens",
            "Transfer-Encoding": "chunked",
          },
        });
        let bytes = 0;
        let answered = false;
        const chunk = Buffer.alloc(256 * 1024, 0x41);
        const pump = () => {
          while (!answered && bytes < limit * 4) {
            bytes += chunk.length;
            if (!req.write(chunk)) return void req.once("drain", pump);
          }
        };
        req.on("response", (res) => {
          answered = true;
          res.resume();
          resolve({ status: res.statusCode!, location: res.headers.location ?? "", bytes });
          req.destroy();
        });
        req.on("error", (error) => (answered ? undefined : reject(error)));
        req.write(
          '--grens\r\nContent-Disposition: form-data; name="bestand"; filename="groot.pdf"\r\n' +
            "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n",
        );
        pump();
      },
    );
    expect(sent.status).toBe(303);
    expect(sent.location).toContain("bijlagefout=bijlage.fout.teGroot");
    expect(sent.bytes).toBeLessThan(limit * 4);
    const html = await (await client.get(sent.location)).text();
    expect(html).toContain("Het bestand is groter dan 25 MB.");
    expect(attachmentsOf(vraag.id)).toHaveLength(0);
  });

  it("lets only those who may edit the question attach to it", async () => {
    const { vraag } = await owner();
    const other = await signedIn(app, { role: "deelnemer" });
    const response = await upload(other.client, vraag.id, "x.txt", "hallo");
    expect(response.status).toBe(403);
    const staff = await signedIn(app, { role: "medewerker" });
    expect((await upload(staff.client, vraag.id, "x.txt", "hallo")).status).toBe(403);
    expect((await upload(staff.client, 999_999, "x.txt", "hallo")).status).toBe(404);
  });
});

describe("who may see an attachment", () => {
  it("answers 404 to a download of a confidential question's file one may not read", async () => {
    const { client, vraag } = await owner({ werkvormen: ["intervisie"] });
    await upload(client, vraag.id, "casus.txt", "vertrouwelijke casus");
    const [row] = attachmentsOf(vraag.id);
    const secondCircle = await signedIn(app, {
      role: "deelnemer",
      organisationId: createOrganisation({ circle: 2 }).id,
    });
    const refused = await secondCircle.client.get(`/bijlagen/${row!.id}/casus.txt`);
    expect(refused.status).toBe(404);
    expect(await refused.text()).not.toContain("vertrouwelijke casus");
    expect((await secondCircle.client.get(`/bijlagen/999999/x.txt`)).status).toBe(404);
    const page = await (await secondCircle.client.get(`/leervragen/${vraag.id}`)).text();
    expect(page).not.toContain("casus.txt");
    const firstCircle = await signedIn(app, {
      role: "deelnemer",
      organisationId: createOrganisation({ circle: 1 }).id,
    });
    expect((await firstCircle.client.get(`/bijlagen/${row!.id}/casus.txt`)).status).toBe(200);
  });

  it("finds the text inside a PDF only for people who may see it", async () => {
    const { client, vraag } = await owner({ werkvormen: ["intervisie"] });
    await upload(
      client,
      vraag.id,
      "buurt.pdf",
      await pdfWith("Zeldzaamwoord klompendans in de wijk"),
    );
    const search = (c: Client) => c.get("/zoeken?q=klompendans").then((r) => r.text());
    expect(await search(client)).toContain("buurt");
    const firstCircle = await signedIn(app, {
      role: "deelnemer",
      organisationId: createOrganisation({ circle: 1 }).id,
    });
    expect(await search(firstCircle.client)).toContain(`/leervragen/${vraag.id}#bijlagen`);
    const secondCircle = await signedIn(app, {
      role: "deelnemer",
      organisationId: createOrganisation({ circle: 2 }).id,
    });
    const hidden = await search(secondCircle.client);
    expect(hidden).not.toContain(`/leervragen/${vraag.id}`);
    expect(hidden).toContain("Niets gevonden");
  });
});

describe("removing attachments", () => {
  it("removes the file once no attachment holds it, after a confirmation step", async () => {
    const { client, vraag, user } = await owner();
    const other = createLeervraag({
      organisationId: user.organisationId,
      werkvormen: ["themabijeenkomst"],
    });
    await upload(client, vraag.id, "a.txt", "dezelfde inhoud");
    await upload(client, other.id, "b.txt", "dezelfde inhoud");
    const [first] = attachmentsOf(vraag.id);
    const [second] = attachmentsOf(other.id);
    expect(first!.sha256).toBe(second!.sha256);
    const file = stored(first!.sha256);

    const ask = await client.get(`/bijlagen/verwijderen/${first!.id}`);
    expect(await ask.text()).toContain("Ja, verwijderen");
    // Without the confirmation nothing happens.
    expect((await client.post(`/bijlagen/verwijderen/${first!.id}`, {})).status).toBe(303);
    expect(attachmentsOf(vraag.id)).toHaveLength(1);
    const done = await client.post(`/bijlagen/verwijderen/${first!.id}`, { bevestigd: "ja" });
    expect(done.headers.get("Location")).toBe(
      `/leervragen/${vraag.id}?bijlage=verwijderd#bijlagen`,
    );
    expect(attachmentsOf(vraag.id)).toHaveLength(0);
    expect(fs.existsSync(file)).toBe(true); // still attached to the other question

    // Deleting the record deletes its attachments, and the sweep the file.
    getDb().delete(leervragen).where(eq(leervragen.id, other.id)).run();
    const { sweepUnreferencedFiles } = await import("#app/bijlagen/storage.server.ts");
    expect(sweepUnreferencedFiles()).toBe(1);
    expect(fs.existsSync(file)).toBe(false);
    expect(
      getDb().select().from(bestanden).where(eq(bestanden.sha256, first!.sha256)).all(),
    ).toEqual([]);
    const audit = getDb()
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "bijlage.verwijderd"))
      .all();
    expect(audit.some((a) => a.subjectId === String(first!.id))).toBe(true);
  });

  it("refuses removal to someone who may not change the question", async () => {
    const { client, vraag } = await owner();
    await upload(client, vraag.id, "a.txt", "iets");
    const [row] = attachmentsOf(vraag.id);
    const other = await signedIn(app, { role: "deelnemer" });
    expect(
      (await other.client.post(`/bijlagen/verwijderen/${row!.id}`, { bevestigd: "ja" })).status,
    ).toBe(403);
    expect(attachmentsOf(vraag.id)).toHaveLength(1);
  });
});

describe("backups", () => {
  it("include the attachment files, and a restore puts them back", async () => {
    const { client, vraag } = await owner();
    const pdf = await pdfWith("Bewaard in de back-up");
    await upload(client, vraag.id, "bewaard.pdf", pdf);
    const [row] = attachmentsOf(vraag.id);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "leerkring-bijlagen-backup-"));
    try {
      const backupDir = path.join(dir, "backups");
      const made = await makeBackup({
        source: getDb().$client,
        dir: backupDir,
        uploadDir: uploadDir(),
      });
      expect(made.files).toBeGreaterThan(0);
      expect(made.missing).toEqual([]);
      expect(fs.readFileSync(manifestOf(made.file), "utf8")).toContain(row!.sha256);
      const copy = path.join(backupDir, "bijlagen", row!.sha256.slice(0, 2), row!.sha256);
      expect(fs.readFileSync(copy).equals(pdf)).toBe(true);

      // Restored elsewhere (a new machine): the database and its files.
      const target = path.join(dir, "hersteld", "leerkring.db");
      const restoredUploads = path.join(dir, "hersteld", "bijlagen");
      await restoreBackup({ file: made.file, target, uploadDir: restoredUploads });
      const back = path.join(restoredUploads, row!.sha256.slice(0, 2), row!.sha256);
      expect(fs.readFileSync(back).equals(pdf)).toBe(true);
      expect(databasePath()).not.toBe(target);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the document library", () => {
  it("lists what was attached to a meeting and beneath it, only as far as each record may be read", async () => {
    const { client, vraag, gemeente } = await owner({ werkvormen: ["intervisie"] });
    const meeting = createBijeenkomst({ kind: "intervisie", hostOrganisationId: gemeente.id });
    getDb()
      .update(leervragen)
      .set({ bijeenkomstId: meeting.id, status: "ingepland" })
      .where(eq(leervragen.id, vraag.id))
      .run();
    await upload(client, vraag.id, "casusbeschrijving.txt", "casus van de gemeente");
    const leader = await signedIn(app, { role: "projectleider" });
    const form = new FormData();
    form.set("bestand", new Blob(["programma"]), "programma.txt");
    const posted = await leader.client.request(`/bijlagen/nieuw/bijeenkomst/${meeting.id}`, {
      method: "POST",
      headers: { Origin: app.url },
      body: form,
    });
    expect(posted.headers.get("Location")).toMatch(
      new RegExp(`^/bijeenkomsten/${meeting.id}\\?bijlage=toegevoegd&nieuw=\\d+#bijlagen$`),
    );

    const library = await (
      await leader.client.get(`/bijeenkomsten/${meeting.id}/documenten`)
    ).text();
    expect(library).toContain("casusbeschrijving");
    expect(library).toContain("programma");
    expect(library).toContain("<th");
    const byMunicipality = await (
      await leader.client.get(`/gemeenten/${gemeente.slug}/documenten`)
    ).text();
    expect(byMunicipality).toContain("casusbeschrijving");

    const secondCircle = await signedIn(app, {
      role: "deelnemer",
      organisationId: createOrganisation({ circle: 2 }).id,
    });
    const hidden = await (
      await secondCircle.client.get(`/bijeenkomsten/${meeting.id}/documenten`)
    ).text();
    expect(hidden).not.toContain("casusbeschrijving");
    expect(hidden).not.toContain("programma.txt");
    expect(hidden).toContain("Er zijn hier nog geen documenten.");
    expect((await secondCircle.client.get(`/gemeenten/onbekend/documenten`)).status).toBe(404);
  });
});

/** A file posted to any record, as the Attachments form does. */
function uploadTo(client: Client, kind: string, id: number, name: string, text: string) {
  const form = new FormData();
  form.set("bestand", new Blob([text]), name);
  return client.request(`/bijlagen/nieuw/${kind}/${id}`, {
    method: "POST",
    headers: { Origin: app.url },
    body: form,
  });
}

describe("attachments beneath a page's own record", () => {
  it("attaches a file to a casework log entry for who takes part, and refuses another municipality", async () => {
    const gemeente = createOrganisation({ circle: 1 });
    const member = await signedIn(app, { role: "deelnemer", organisationId: gemeente.id });
    const traject = getDb()
      .insert(trajecten)
      .values({ organisationId: gemeente.id, title: "Buurtkamers" })
      .returning()
      .get();
    const entry = getDb()
      .insert(logboek)
      .values({
        trajectId: traject.id,
        userId: member.user.id,
        kind: "contact",
        happenedOn: new Date(Date.UTC(2026, 10, 20)),
        body: "Gesprek met de buurtkamer",
      })
      .returning()
      .get();
    const page = `/aan-de-slag/${traject.id}`;
    const form = `action="/bijlagen/nieuw/logboek/${entry.id}"`;
    expect(await (await member.client.get(page)).text()).toContain(form);

    const response = await uploadTo(member.client, "logboek", entry.id, "verslag.txt", "verslag");
    const { location, html } = await followBack(member.client, response);
    const [row] = getDb().select().from(bijlagen).where(eq(bijlagen.logboekId, entry.id)).all();
    expect(row).toMatchObject({ ownerKind: "logboek", uploadedById: member.user.id });
    expect(location).toBe(
      `${page}?bijlage=toegevoegd&nieuw=${row!.id}&bij=logboek-${entry.id}#bijlagen-logboek-${entry.id}`,
    );
    expect(html).toContain(`id="bijlagen-logboek-${entry.id}"`);
    expect(html).toContain("verslag.txt");
    expect(html.split("De bijlage is toegevoegd.")).toHaveLength(2);

    // Another municipality's member reads the log (and its files) but may not attach.
    const other = await signedIn(app, {
      role: "deelnemer",
      organisationId: createOrganisation({ circle: 1 }).id,
    });
    const seen = await (await other.client.get(page)).text();
    expect(seen).toContain("verslag.txt");
    expect(seen).not.toContain(form);
    expect((await uploadTo(other.client, "logboek", entry.id, "x.txt", "x")).status).toBe(403);
    expect((await uploadTo(member.client, "logboek", 999_999, "x.txt", "x")).status).toBe(404);
    expect(
      getDb().select().from(bijlagen).where(eq(bijlagen.logboekId, entry.id)).all(),
    ).toHaveLength(1);

    // Removing goes back to the entry's own section.
    const removed = await member.client.post(`/bijlagen/verwijderen/${row!.id}`, {
      bevestigd: "ja",
    });
    expect(removed.headers.get("Location")).toBe(
      `${page}?bijlage=verwijderd&bij=logboek-${entry.id}#bijlagen-logboek-${entry.id}`,
    );
  });

  it("attaches a file to a meeting's programme item for a project leader only", async () => {
    const gemeente = createOrganisation({ circle: 1 });
    const meeting = createBijeenkomst({ kind: "intervisie", hostOrganisationId: gemeente.id });
    const item = getDb()
      .insert(agendapunten)
      .values({ bijeenkomstId: meeting.id, position: 1, title: "Casus bespreken" })
      .returning()
      .get();
    const page = `/bijeenkomsten/${meeting.id}`;
    const form = `action="/bijlagen/nieuw/agendapunt/${item.id}"`;
    const leader = await signedIn(app, { role: "projectleider" });
    expect(await (await leader.client.get(page)).text()).toContain(form);

    const response = await uploadTo(leader.client, "agendapunt", item.id, "opzet.txt", "opzet");
    const { location, html } = await followBack(leader.client, response);
    const [row] = getDb().select().from(bijlagen).where(eq(bijlagen.agendapuntId, item.id)).all();
    expect(location).toBe(
      `${page}?bijlage=toegevoegd&nieuw=${row!.id}&bij=agendapunt-${item.id}#bijlagen-agendapunt-${item.id}`,
    );
    expect(html).toContain(`id="bijlagen-agendapunt-${item.id}"`);
    expect(html).toContain("opzet.txt");
    // Only the item's section tells of the upload, not the meeting's own.
    expect(html.split("De bijlage is toegevoegd.")).toHaveLength(2);
    expect(row).toMatchObject({ ownerKind: "agendapunt", uploadedById: leader.user.id });

    // The host municipality's member reads the item's files but does not attach; a second-circle
    // municipality's member does not see the confidential session's files at all.
    const host = await signedIn(app, { role: "deelnemer", organisationId: gemeente.id });
    const seen = await (await host.client.get(page)).text();
    expect(seen).toContain("opzet.txt");
    expect(seen).not.toContain(form);
    expect((await uploadTo(host.client, "agendapunt", item.id, "x.txt", "x")).status).toBe(403);
    const outsider = await signedIn(app, {
      role: "deelnemer",
      organisationId: createOrganisation({ circle: 2 }).id,
    });
    expect((await uploadTo(outsider.client, "agendapunt", item.id, "x.txt", "x")).status).toBe(403);
    expect((await outsider.client.get(`/bijlagen/${row!.id}/opzet.txt`)).status).toBe(404);
    expect(
      getDb().select().from(bijlagen).where(eq(bijlagen.agendapuntId, item.id)).all(),
    ).toHaveLength(1);
  });
});
