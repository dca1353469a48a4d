// The languages Leerkring speaks, Dutch first (the default of users.locale in db/schema.ts).
export const locales = ["nl", "en"] as const;
export type Locale = (typeof locales)[number];
