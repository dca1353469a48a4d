// Flags for node itself when it serves: `npm start` and the real server the benchmarks and the
// durability test start (tests/setup/server-process.ts), so that they measure what runs.
//
// A page allocates a few hundred kilobytes (React's elements, the router's matches, query rows)
// that die at once. With V8's default young generation of 16 MB per half, a server under load
// collects it hundreds of times a second; at 32 MB the dashboard's CPU per request fell by 8-10 %
// and its p95 at 10 connections from 54 to 48 ms (npm run bench:http), for at most 48 MB more.
export const serverNodeFlags = ["--max-semi-space-size=32"];
