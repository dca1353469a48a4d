import type { AddressInfo } from "node:net";
import { afterAll, beforeAll } from "vitest";
import { resetLoginThrottle } from "#app/auth/throttle.server.ts";
import { createAppServer, type AppServer } from "#server/app.ts";
import { createUser, TEST_PASSWORD } from "#tests/factories.ts";

type AppOptions = Parameters<typeof createAppServer>[0];

/** The real app (production build) on a random loopback port, for one test file. */
export function startTestApp(options: AppOptions = {}) {
  let app: AppServer;
  const state = {
    url: "",
    app: undefined as AppServer | undefined,
    /** The app's co-editing engine (once started). */
    get collab() {
      if (!state.app) throw new Error("The test app has not started yet");
      return state.app.collab;
    },
  };
  beforeAll(async () => {
    app = await createAppServer({ mode: "production", ...options });
    state.app = app;
    await new Promise<void>((resolve) => app.httpServer.listen(0, "127.0.0.1", resolve));
    state.url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
  });
  afterAll(() => app.close());
  return state;
}

/** A cookie-keeping client that behaves like a browser on our own pages (it sends Origin). */
export class Client {
  cookies = new Map<string, string>();
  constructor(
    private readonly base: { url: string },
    private readonly headers: Record<string, string> = {},
  ) {}

  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    for (const [k, v] of Object.entries(this.headers)) if (!headers.has(k)) headers.set(k, v);
    if (this.cookies.size && !headers.has("Cookie")) headers.set("Cookie", this.cookieHeader);
    const response = await fetch(this.base.url + path, { ...init, headers, redirect: "manual" });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (/max-age=0/i.test(line) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  get(path: string, init: RequestInit = {}) {
    return this.request(path, init);
  }

  /**
   * Submits a form as our own pages do: urlencoded, with the Origin of the app. A list is a field
   * sent once per value, as ticked checkboxes are.
   */
  post(path: string, form: Record<string, string | readonly string[]>, init: RequestInit = {}) {
    const headers = new Headers(init.headers);
    if (!headers.has("Origin")) headers.set("Origin", this.base.url);
    headers.set("Content-Type", "application/x-www-form-urlencoded");
    return this.request(path, {
      ...init,
      method: "POST",
      headers,
      body: new URLSearchParams(
        Object.entries(form).flatMap(([name, value]) =>
          (typeof value === "string" ? [value] : value).map((v) => [name, v]),
        ),
      ).toString(),
    });
  }

  async login(email: string, password: string): Promise<Response> {
    const response = await this.post("/inloggen", { email, password });
    if (response.status !== 302) {
      throw new Error(`login of ${email} answered ${response.status}`);
    }
    return response;
  }
}

/** A new account (see createUser) with a client that is logged in as it. */
export async function signedIn(
  app: { url: string },
  overrides: Parameters<typeof createUser>[0] = {},
) {
  const user = await createUser(overrides);
  const client = new Client(app);
  resetLoginThrottle();
  await client.login(user.email, TEST_PASSWORD);
  return { user, client };
}
