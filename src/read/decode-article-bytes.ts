export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

// fatal: a mis-encoded file is refused, not silently filled with U+FFFD that extraction would index.
const decoder = new TextDecoder("utf-8", { fatal: true });

/** Bytes to text, refusing what is clearly not an article: nothing, binary data, non-UTF-8. */
export function decodeArticleBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: "empty file" };
  if (bytes.includes(0))
    return { ok: false, reason: "binary file (contains NUL bytes), not article text" };
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, reason: "not valid UTF-8 text; re-save the file as UTF-8" };
  }
}

/** Sizes as people read them; limits of a few KB (in tests, or for one line) stay legible. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${bytes} bytes`;
}

export function tooLargeReason(size: number, maxBytes: number): string {
  return `too large: ${formatSize(size)}, the limit is ${formatSize(maxBytes)} per article (option maxBytes)`;
}
