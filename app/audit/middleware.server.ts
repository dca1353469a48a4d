import type { MiddlewareFunction } from "react-router";
import { getUser } from "#app/auth/user.server.ts";
import { leerkringContext } from "#app/load-context.ts";
import { recordAuditNow, runInAuditScope } from "./audit.server.ts";

/**
 * The root route's middleware, around every loader and action: it sets the request's address and
 * person for recordAudit, and records each refusal once. A refusal is a 403 answered to a signed-in
 * person, whichever route threw forbidden() (requirePermission or a resource rule): one place,
 * however many loaders of the page refused. Someone not signed in is sent to log in instead.
 */
export const auditMiddleware: MiddlewareFunction<Response> = async ({ request, context }, next) => {
  const ip = context.get(leerkringContext).clientIp || null;
  const user = getUser(request);
  const actor = user ? { id: user.id, name: user.name } : null;
  return runInAuditScope({ ip, user: actor }, async () => {
    const response = await next();
    if (response.status === 403 && actor) {
      const path = new URL(request.url).pathname.replace(/(\/_)?\.data$/, "") || "/";
      recordAuditNow({
        action: "toegang.geweigerd",
        actor,
        subject: { type: "pagina", id: path },
        detail: { methode: request.method },
      });
    }
    return response;
  });
};
