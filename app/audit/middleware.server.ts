import { getUser } from "#app/auth/user.server.ts";
import { recordAuditNow, runInAuditScope } from "./audit.server.ts";

/**
 * The root route's middleware (app/root.tsx hands it the client's address from the load context),
 * around every loader and action: it sets the request's address and
 * person for recordAudit, and records each refusal once. A refusal is a 403 answered to a signed-in
 * person, whichever route threw forbidden() (requirePermission or a resource rule): one place,
 * however many loaders of the page refused. Someone not signed in is sent to log in instead.
 */
export async function auditRequest(
  request: Request,
  clientIp: string,
  next: () => Promise<Response>,
): Promise<Response> {
  const ip = clientIp || null;
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
}
