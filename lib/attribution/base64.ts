// Bytes of a base64 string, on the server (Buffer) and anywhere else (atob):
// the generated data files carry their tables as base64 text.

export function base64Bytes(s: string): Uint8Array {
  if (typeof Buffer !== "undefined") return new Uint8Array(Buffer.from(s, "base64"));
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
