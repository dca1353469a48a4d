// The server entry (server/*.ts, run by tsx) and the app's bundle (build/server) each load their
// own copy of every module they both import. What must exist once per process (the database
// connection, the logger, the event emitter, the load context's key, the login throttle) is kept
// here under its name, rather than in a module variable of which there would be two copies.

const holder = globalThis as { __leerkring?: Map<string, unknown> };
const values = (holder.__leerkring ??= new Map<string, unknown>());

/** The process's one value of this name, made by `create` the first time it is asked for. */
export function processWide<T>(name: string, create: () => T): T {
  if (!values.has(name)) values.set(name, create());
  return values.get(name) as T;
}

/** Forgets the value of this name: the next processWide call makes a new one. */
export function forgetProcessWide(name: string): void {
  values.delete(name);
}
