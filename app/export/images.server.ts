import fs from "node:fs/promises";
import sharp from "sharp";
import type { SessionUser } from "#app/auth/session.server.ts";
import { readableBijlage } from "#app/bijlagen/bijlagen.server.ts";
import { filePath } from "#app/bijlagen/storage.server.ts";
import { isValidImage } from "#shared/editor/extensions.ts";
import type { ProseMirrorJSON } from "#shared/editor/render.ts";
import type { ExportImage } from "./document.server.ts";

// The files of a document's images for the PDF and Word exports (ExportDocument.images). Each
// source (`/bijlagen/<id>`) is looked up with the attachments' own rule for the person who asks:
// a file they may not open is never read. A missing, unreadable or non-image file is left out,
// and the exporters print the image's alt text instead.

/** The most images one export embeds; the rest keep their alt text. */
const MAX_IMAGES = 50;

/** The image sources of a stored document, each once, in order. */
export function imageSources(json: ProseMirrorJSON | null | undefined): string[] {
  const found = new Set<string>();
  const walk = (node: unknown) => {
    if (!node || typeof node !== "object") return;
    const { type, attrs, content } = node as { type?: unknown; attrs?: unknown; content?: unknown };
    if (type === "image" && attrs && typeof attrs === "object") {
      const image = attrs as { src?: unknown; alt?: unknown };
      if (isValidImage(image)) found.add(image.src as string);
    }
    if (Array.isArray(content)) for (const child of content) walk(child);
  };
  walk(json);
  return [...found];
}

async function load(user: SessionUser | null, src: string): Promise<ExportImage | null> {
  const bijlage = readableBijlage(user, Number(src.slice("/bijlagen/".length)));
  if (!bijlage || !bijlage.mediaType.startsWith("image/")) return null;
  try {
    const stored = await fs.readFile(filePath(bijlage.sha256));
    const meta = await sharp(stored).metadata();
    if (!meta.width || !meta.height) return null;
    if (meta.format === "png" || meta.format === "jpeg") {
      const type = meta.format === "png" ? "png" : "jpg";
      return { data: stored, type, width: meta.width, height: meta.height };
    }
    // WebP (and whatever else sharp reads) is not embeddable in PDF or Word: as PNG.
    const png = await sharp(stored).png().toBuffer({ resolveWithObject: true });
    return { data: png.data, type: "png", width: png.info.width, height: png.info.height };
  } catch {
    return null;
  }
}

/** The embeddable files of a document's images that this person may open, by source. */
export async function exportImages(
  user: SessionUser | null,
  json: ProseMirrorJSON | null | undefined,
): Promise<Map<string, ExportImage>> {
  const images = new Map<string, ExportImage>();
  for (const src of imageSources(json).slice(0, MAX_IMAGES)) {
    const image = await load(user, src);
    if (image) images.set(src, image);
  }
  return images;
}
