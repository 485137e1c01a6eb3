import { open, type FileHandle } from "node:fs/promises";
import { tooLargeReason } from "./decode-article-bytes.ts";
import { describeFsError } from "./describe-fs-error.ts";

export type FileBytes = { ok: true; bytes: Buffer } | { ok: false; reason: string };

/**
 * Reads a whole file, but checks its size through the open handle first, so an oversized file
 * costs one `fstat` and never a buffer. Exactly the size seen is read, so a file growing
 * meanwhile cannot slip past the limit.
 */
export async function readFileBytes(path: string, maxBytes: number): Promise<FileBytes> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, "r");
    const { size } = await handle.stat();
    if (size > maxBytes) return { ok: false, reason: tooLargeReason(size, maxBytes) };
    return { ok: true, bytes: await readExactly(handle, size) };
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  } finally {
    await handle?.close();
  }
}

/** Up to `size` bytes; fewer if the file shrank since its size was taken. */
async function readExactly(handle: FileHandle, size: number): Promise<Buffer> {
  const buffer = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const { bytesRead } = await handle.read(buffer, filled, size - filled, filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}
