// UserData is sent base64-encoded (seed 8848: "需要以 base64 方式编码，支持的最大数据大小为 16KB"). The wizard takes the
// script as text and encodes it as UTF-8, in the browser and on the server alike.

export function encodeUserData(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

export function decodeUserData(base64: string): string {
  try {
    const binary = atob(base64);
    return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return "";
  }
}

/** Length of the encoded form, which is what the 16 KB limit counts. */
export function base64Length(text: string): number {
  return Math.ceil(new TextEncoder().encode(text).length / 3) * 4;
}
