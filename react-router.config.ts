import type { Config } from "@react-router/dev/config";

// React Router v8's behaviour, adopted now (see its "Future Changes" guide):
// - v8_middleware: the load context is a RouterContextProvider (app/load-context.ts);
// - v8_splitRouteModules: client-only route exports load in their own chunks;
// - v8_viteEnvironmentApi: builds through Vite's Environment API (vite.config.ts);
// - v8_passThroughRequests: loaders see the raw request (`.data` suffix kept; requireAuth strips
//   it from the way back after login);
// - v8_trailingSlashAwareDataRequests: `/a/` fetches its data from `/a/_.data`.
export default {
  ssr: true,
  future: {
    v8_middleware: true,
    v8_splitRouteModules: true,
    v8_viteEnvironmentApi: true,
    v8_passThroughRequests: true,
    v8_trailingSlashAwareDataRequests: true,
  },
} satisfies Config;
