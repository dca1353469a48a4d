import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { fileTypeFromFile } from "file-type";
import sharp from "sharp";
import { sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "#db/client.ts";
import { bestanden, bijlagen } from "#db/schema.ts";
import { config } from "#shared/config.server.ts";
import type { MessageKey } from "#shared/i18n/index.ts";

// Where attachment files live: UPLOAD_DIR/<first two hex digits>/<sha256>, one file per content
// (an upload of the same bytes twice is stored once). A file is written under .tmp/, checked by
// its content, images re-encoded without their metadata, and only then moved to its name, in
// the same synchronous step as the database row that refers to it (storeFile): the sweep, which
// removes files nothing refers to, is synchronous too, so the two never interleave.

/** The types accepted, by their content: media type → the file-name extensions it may carry. */
export const allowedTypes = {
  "application/pdf": ["pdf"],
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ["docx"],
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ["xlsx"],
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": ["pptx"],
  "application/vnd.oasis.opendocument.text": ["odt"],
  "image/png": ["png"],
  "image/jpeg": ["jpg", "jpeg"],
  "image/webp": ["webp"],
  "text/csv": ["csv"],
  "text/plain": ["txt"],
} as const satisfies Record<string, readonly string[]>;
export type AllowedType = keyof typeof allowedTypes;

/** A refusal of an upload, with the message the person reads. */
export class UploadRefused extends Error {
  constructor(readonly key: MessageKey) {
    super(key);
  }
}

/** How much text of a file goes into the search index. */
const MAX_TEXT = 200_000;
/** Images larger than this are refused (a small file can unpack into a huge one). */
const MAX_PIXELS = 50_000_000;

export function uploadDir(): string {
  return path.resolve(config().uploadDir);
}

export function filePath(sha256: string, dir = uploadDir()): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error("not a sha256");
  return path.join(dir, sha256.slice(0, 2), sha256);
}

/**
 * A file name that is safe to store and to send back: no directories (everything up to the last
 * / or \), no control or bidirectional-formatting characters, none of the characters Windows
 * refuses, no leading dots; at most 150 characters, the extension kept.
 */
export function neutraliseFilename(name: string): string {
  const base = name.normalize("NFC").split(/[/\\]/).pop() ?? "";
  const cleaned = base
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, "")
    .replace(/[<>:"|?*]/g, "_")
    .replace(/\s+/g, " ")
    .replace(/^[\s.]+/, "")
    .trim();
  if (!cleaned) return "bijlage";
  if (cleaned.length <= 150) return cleaned;
  const dot = cleaned.lastIndexOf(".");
  const ext = dot > 0 && cleaned.length - dot <= 6 ? cleaned.slice(dot) : "";
  return cleaned.slice(0, 150 - ext.length) + ext;
}

export function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf(".");
  return dot > 0 ? filename.slice(dot + 1).toLowerCase() : "";
}

export type ReceivedFile = {
  /** The checked (and for images re-encoded) file under .tmp/, until storeFile moves it. */
  temporary: string;
  sha256: string;
  size: number;
  mediaType: AllowedType;
  text: string;
};

function temporaryPath(): string {
  const dir = path.join(uploadDir(), ".tmp");
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, crypto.randomBytes(12).toString("hex"));
}

async function hashFile(file: string): Promise<{ sha256: string; size: number }> {
  const hash = crypto.createHash("sha256");
  let size = 0;
  for await (const chunk of fs.createReadStream(file) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { sha256: hash.digest("hex"), size };
}

/** Text without a magic number: valid UTF-8 without NUL characters (and the text itself). */
async function readAsText(file: string): Promise<string | null> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let text = "";
  try {
    for await (const chunk of fs.createReadStream(file) as AsyncIterable<Buffer>) {
      if (chunk.includes(0)) return null;
      const part = decoder.decode(chunk, { stream: true });
      if (text.length < MAX_TEXT) text += part;
    }
    text += decoder.decode();
  } catch {
    return null;
  }
  return text.slice(0, MAX_TEXT).replace(/^\uFEFF/, "");
}

async function extractText(file: string, mediaType: AllowedType): Promise<string> {
  try {
    if (mediaType === "application/pdf") {
      const { extractText: pdfText, getDocumentProxy } = await import("unpdf");
      const pdf = await getDocumentProxy(new Uint8Array(await fs.promises.readFile(file)));
      const { text } = await pdfText(pdf, { mergePages: true });
      return text.slice(0, MAX_TEXT);
    }
    if (mediaType === "application/vnd.openxmlformats-officedocument.wordprocessingml.document") {
      const mammoth = await import("mammoth");
      const { value } = await mammoth.extractRawText({ path: file });
      return value.slice(0, MAX_TEXT);
    }
  } catch {
    // A file that passed the type check but whose text cannot be read is kept, unsearched.
  }
  return "";
}

/**
 * Writes an uploaded file to .tmp/ and checks it: its type by its content (never by its name or
 * the browser's word), the name's extension must be one of that type's, images are decoded and
 * encoded again so no EXIF, GPS or other metadata survives (turned upright first). Throws
 * UploadRefused with the reason; leaves nothing behind then.
 */
export async function receiveFile(upload: File, filename: string): Promise<ReceivedFile> {
  const raw = temporaryPath();
  const cleanup: string[] = [raw];
  try {
    await pipeline(
      Readable.fromWeb(upload.stream() as WebReadableStream),
      fs.createWriteStream(raw),
    );
    if ((await fs.promises.stat(raw)).size === 0) throw new UploadRefused("bijlage.fout.leeg");
    const detected = await fileTypeFromFile(raw);
    let mediaType: AllowedType;
    let text = "";
    const ext = extensionOf(filename);
    if (detected) {
      if (!(detected.mime in allowedTypes)) throw new UploadRefused("bijlage.fout.soort");
      mediaType = detected.mime as AllowedType;
    } else {
      const asText = await readAsText(raw);
      if (asText === null) throw new UploadRefused("bijlage.fout.soort");
      mediaType = ext === "csv" ? "text/csv" : "text/plain";
      text = asText;
    }
    if (!(allowedTypes[mediaType] as readonly string[]).includes(ext)) {
      throw new UploadRefused("bijlage.fout.naamPastNiet");
    }
    let final = raw;
    if (mediaType.startsWith("image/")) {
      final = temporaryPath();
      cleanup.push(final);
      try {
        const image = sharp(raw, { limitInputPixels: MAX_PIXELS }).rotate();
        const encoded =
          mediaType === "image/png"
            ? image.png()
            : mediaType === "image/webp"
              ? image.webp({ quality: 90 })
              : image.jpeg({ quality: 90, mozjpeg: true });
        await encoded.toFile(final);
      } catch {
        throw new UploadRefused("bijlage.fout.afbeelding");
      }
      await fs.promises.rm(raw, { force: true });
    } else if (!text) {
      text = await extractText(raw, mediaType);
    }
    const { sha256, size } = await hashFile(final);
    return { temporary: final, sha256, size, mediaType, text };
  } catch (error) {
    for (const file of cleanup) await fs.promises.rm(file, { force: true });
    throw error;
  }
}

/** Forgets a received file that will not be stored (the record went away meanwhile). */
export function discardReceived(received: ReceivedFile): void {
  fs.rmSync(received.temporary, { force: true });
}

/**
 * Inside the transaction that adds the attachment: the file's row, and the file moved to its name
 * (or dropped, when the same content is stored already). Synchronous, like the sweep.
 */
export function storeFile(tx: DbOrTx, received: ReceivedFile): void {
  tx.insert(bestanden)
    .values({ sha256: received.sha256, size: received.size, mediaType: received.mediaType })
    .onConflictDoNothing()
    .run();
  const target = filePath(received.sha256);
  if (fs.existsSync(target)) {
    fs.rmSync(received.temporary, { force: true });
  } else {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.renameSync(received.temporary, target);
  }
}

/**
 * Removes the files no attachment refers to any more (after an attachment or its record was
 * deleted; the records' attachments go by ON DELETE CASCADE). Returns how many went.
 */
export function sweepUnreferencedFiles(db: DbOrTx = getDb()): number {
  const gone = db
    .delete(bestanden)
    .where(sql`${bestanden.sha256} NOT IN (SELECT ${bijlagen.sha256} FROM ${bijlagen})`)
    .returning({ sha256: bestanden.sha256 })
    .all();
  for (const { sha256 } of gone) fs.rmSync(filePath(sha256), { force: true });
  return gone.length;
}

/** At start: temporary files of uploads that were cut off. */
export function removeTemporaryFiles(): void {
  fs.rmSync(path.join(uploadDir(), ".tmp"), { recursive: true, force: true });
}
