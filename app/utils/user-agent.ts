/** A short, readable name for a browser on a device, for the list of sessions. */
export function describeUserAgent(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const browser =
    [
      ["Edg/", "Edge"],
      ["Firefox/", "Firefox"],
      ["Chrome/", "Chrome"],
      ["Safari/", "Safari"],
    ].find(([token]) => userAgent.includes(token!))?.[1] ?? null;
  const system =
    [
      ["Windows", "Windows"],
      ["iPhone", "iPhone"],
      ["iPad", "iPad"],
      ["Mac OS", "macOS"],
      ["Android", "Android"],
      ["Linux", "Linux"],
    ].find(([token]) => userAgent.includes(token!))?.[1] ?? null;
  if (!browser && !system) return userAgent.slice(0, 60);
  return [browser, system].filter(Boolean).join(" · ");
}
