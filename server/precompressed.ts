import fs from "node:fs";
import path from "node:path";
import express from "express";

const ENCODINGS = [
  { name: "br", ext: ".br" },
  { name: "gzip", ext: ".gz" },
] as const;

/**
 * Serves the hashed assets the build wrote (vite.config.ts compresses each with brotli and gzip):
 * the `.br` or `.gz` copy when the browser accepts it, with its Content-Encoding, the original's
 * Content-Type and `Vary: Accept-Encoding`; else the original. Cached for good (the names carry
 * a content hash). The compression middleware leaves a response that has a Content-Encoding alone.
 */
export function precompressedAssets(dir: string): express.RequestHandler {
  const files = new Set(fs.existsSync(dir) ? fs.readdirSync(dir) : []);
  const serve = express.static(dir, { immutable: true, maxAge: "1y", index: false });
  return (req, res, next) => {
    const name = req.path.slice(1);
    const variants = ENCODINGS.filter((e) => files.has(name + e.ext));
    if (variants.length > 0 && (req.method === "GET" || req.method === "HEAD")) {
      res.vary("Accept-Encoding");
      // Ours is the order of preference (brotli is smaller); the browser's order only says what
      // it can read (`acceptsEncodings` alone would take the browser's first, gzip).
      const variant = variants.find((v) => req.acceptsEncodings(v.name) === v.name);
      if (variant) {
        res.setHeader("Content-Encoding", variant.name);
        res.type(path.extname(name));
        req.url = `/${name}${variant.ext}`;
      }
    }
    serve(req, res, next);
  };
}
