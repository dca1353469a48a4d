// Timing of the steps of a co-editing update, off by default: with COLLAB_PROFILE=1 the engine
// adds up the time of each step, and on SIGUSR2 the process prints one line
// `collab-profile {json}` on stdout (the benchmark reads it; tests/bench/collab.ts). Off, each
// step costs one boolean check. Started with node's --expose-gc, the line also holds the heap in
// use after a full collection, for the memory a document takes (tests/bench/capacity.ts).

type Step = { ms: number; count: number };

class Profile {
  enabled = false;
  readonly steps = new Map<string, Step>();
  /** Counters outside the steps (commits, updates appended), filled in by whoever owns them. */
  counters: () => Record<string, number> = () => ({});

  add(step: string, ms: number, count = 1): void {
    let entry = this.steps.get(step);
    if (!entry) this.steps.set(step, (entry = { ms: 0, count: 0 }));
    entry.ms += ms;
    entry.count += count;
  }

  /** Adds the time since `since` to `step`; returns now (the start of the next step). */
  lap(step: string, since: number): number {
    const now = performance.now();
    this.add(step, now - since);
    return now;
  }

  snapshot() {
    globalThis.gc?.();
    return {
      steps: Object.fromEntries([...this.steps].map(([k, v]) => [k, { ...v }])),
      ...this.counters(),
      ...(globalThis.gc ? { heapUsedBytes: process.memoryUsage().heapUsed } : {}),
    };
  }
}

export const profile = new Profile();

/** Called once by the server entry. */
export function enableProfile(): void {
  if (profile.enabled) return;
  profile.enabled = true;
  process.on("SIGUSR2", () => {
    process.stdout.write(`collab-profile ${JSON.stringify(profile.snapshot())}\n`);
  });
}
