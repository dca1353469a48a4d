import { EventEmitter } from "node:events";
import type { RequestHandler } from "express";

/**
 * The `compression` middleware sends `res.on("drain", …)` to its gzip/brotli stream but leaves
 * `res.removeListener` on the response, so no "drain" listener can be removed again: every
 * `res.once("drain")` (React Router waits for one at each write the stream refuses) stays on the
 * stream, and a big response ends with "MaxListenersExceededWarning: 11 drain listeners added to
 * [Gzip]" (expressjs/compression#135). Mounted right after it, this keeps the response's "drain"
 * listeners in one emitter of its own, fed by a single listener registered through compression,
 * so adding and removing them match again.
 */
export function drainListenersThatCanBeRemoved(): RequestHandler {
  return (_req, res, next) => {
    const drains = new EventEmitter();
    const on = res.on;
    const removeListener = res.removeListener;
    let forwarding = false;
    res.on = res.addListener = function (this: typeof res, event, listener) {
      if (event !== "drain") return on.call(this, event, listener);
      if (!forwarding) {
        forwarding = true;
        on.call(this, "drain", () => drains.emit("drain"));
      }
      drains.on("drain", listener);
      return this;
    };
    res.removeListener = res.off = function (this: typeof res, event, listener) {
      if (event !== "drain") return removeListener.call(this, event, listener);
      drains.removeListener("drain", listener);
      return this;
    };
    next();
  };
}
