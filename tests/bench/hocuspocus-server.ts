// The benchmark's peer: Hocuspocus 3 with its default settings, in its own process.
import { Server } from "@hocuspocus/server";

const port = Number(process.argv[2]);
const server = new Server({ port, address: "127.0.0.1", quiet: true });
await server.listen();
console.info("ready");
