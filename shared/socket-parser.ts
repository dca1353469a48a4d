import msgpackParser from "socket.io-msgpack-parser";

/**
 * How every socket.io packet is encoded, on the server (all namespaces: co-editing and the live
 * unread count) and in every client: MessagePack (socket.io-msgpack-parser). A message with a
 * binary payload is then one WebSocket frame instead of two (a text header and a binary
 * attachment), which halves the frames of every keystroke's broadcast. Its own module, so that a
 * page that only names a document (shared/collab/protocol.ts) does not load the encoder.
 */
export const SOCKET_PARSER = msgpackParser;
