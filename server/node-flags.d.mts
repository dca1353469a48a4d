// The types of node-flags.mjs, for the TypeScript that imports it.
export declare const serverNodeFlags: string[];
