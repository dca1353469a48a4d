import { Writable } from "node:stream";
import { renderToPipeableStream } from "react-dom/server";
import {
  isRouteErrorResponse,
  ServerRouter,
  type EntryContext,
  type HandleErrorFunction,
  type RouterContextProvider,
} from "react-router";
import { NonceContext } from "./components/nonce.ts";
import { leerkringContext } from "./load-context.ts";

export const streamTimeout = 5_000;

/**
 * Only real faults reach the log. A client's mistake (e.g. a POST to a page without an action,
 * which React Router answers 405 with an error attached) is answered, not logged; nor is a
 * request the client abandoned.
 */
export const handleError: HandleErrorFunction = (error, { request, context }) => {
  if (request.signal.aborted) return;
  if (isRouteErrorResponse(error) && error.status < 500) return;
  const cause = isRouteErrorResponse(error) ? (error as { error?: unknown }).error : undefined;
  context
    .get(leerkringContext)
    .log.error({ err: cause ?? error }, "loader, action or render failed");
};

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
  loadContext: RouterContextProvider,
) {
  if (request.method.toUpperCase() === "HEAD") {
    return new Response(null, { status: responseStatusCode, headers: responseHeaders });
  }
  const nonce = loadContext.get(leerkringContext).nonce;

  return new Promise((resolve, reject) => {
    let shellRendered = false;
    let timeoutId: ReturnType<typeof setTimeout> | undefined = setTimeout(
      () => abort(),
      streamTimeout + 1000,
    );

    const { pipe, abort } = renderToPipeableStream(
      <NonceContext value={nonce}>
        <ServerRouter context={routerContext} url={request.url} nonce={nonce} />
      </NonceContext>,
      {
        nonce,
        // Pages wait for nothing slow (loaders are synchronous SQLite), so the whole document
        // goes out at once, for people and crawlers alike, as one body: React writes it in
        // pieces, and the adapter would flush each through gzip on its own.
        onAllReady() {
          shellRendered = true;
          const pieces: Buffer[] = [];
          pipe(
            new Writable({
              write(piece: Buffer, _encoding, callback) {
                pieces.push(piece);
                callback();
              },
              final(callback) {
                clearTimeout(timeoutId);
                timeoutId = undefined;
                responseHeaders.set("Content-Type", "text/html; charset=utf-8");
                resolve(
                  new Response(Buffer.concat(pieces), {
                    headers: responseHeaders,
                    status: responseStatusCode,
                  }),
                );
                callback();
              },
            }),
          );
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) {
            loadContext.get(leerkringContext).log.error({ err: error }, "render failed");
          }
        },
      },
    );
  });
}
