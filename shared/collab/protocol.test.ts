import { describe, expect, it } from "vitest";
import { DOCUMENT_NAME, toWire } from "./protocol.ts";
import { SOCKET_PARSER } from "../socket-parser.ts";

function roundTrip(payload: unknown): unknown {
  // The parser's type says ArrayBuffer; it returns the list of frames to send.
  const frames = new SOCKET_PARSER.Encoder().encode({
    type: 2,
    nsp: "/collab",
    data: ["x", payload],
  }) as unknown as unknown[];
  const encoded = frames[0];
  let decoded: { data: unknown[] } | undefined;
  const decoder = new SOCKET_PARSER.Decoder();
  decoder.on("decoded", (packet: { data: unknown[] }) => (decoded = packet));
  decoder.add(encoded);
  return decoded!.data[1];
}

describe("binary payloads on the wire", () => {
  it("carry exactly the bytes of a view into a larger buffer", () => {
    const big = new Uint8Array([9, 9, 1, 2, 3, 9, 9]);
    const view = big.subarray(2, 5);
    expect([...new Uint8Array(roundTrip(toWire(view)) as ArrayBuffer)]).toEqual([1, 2, 3]);
  });
});

describe("document names", () => {
  it.each([
    ["bijeenkomst:12:notities", true],
    ["essay:7", true],
    ["Bijeenkomst:1:notities", false],
    ["bijeenkomst", false],
    ["bijeenkomst:1:../x", false],
    ["x:" + "a".repeat(41), false],
  ])("%s → %s", (name, valid) => {
    expect(DOCUMENT_NAME.test(name)).toBe(valid);
  });
});
