import { reactRouter } from "@react-router/dev/vite";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [reactRouter()],
  build: { sourcemap: false },
  server: { hmr: { port: Number(process.env.HMR_PORT ?? 24678) } },
});
