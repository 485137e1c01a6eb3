export type ByteLine =
  | { lineNumber: number; bytes: Buffer }
  /** A line longer than the limit: counted, never buffered. */
  | { lineNumber: number; tooLong: number };

const NEWLINE = 0x0a;

/**
 * Splits a byte stream into lines without decoding, so a bad byte sequence spoils one line only and
 * no line ever splits a multi-byte character. Memory stays at one line (at most `maxLineBytes`).
 */
export async function* splitByteLines(
  chunks: AsyncIterable<Buffer>,
  maxLineBytes: number,
): AsyncGenerator<ByteLine> {
  const line = new LineBuffer(maxLineBytes);
  let lineNumber = 1;
  for await (const chunk of chunks) {
    let from = 0;
    for (let at = chunk.indexOf(NEWLINE); at !== -1; at = chunk.indexOf(NEWLINE, from)) {
      line.append(chunk.subarray(from, at));
      yield line.take(lineNumber++);
      from = at + 1;
    }
    line.append(chunk.subarray(from));
  }
  if (!line.isEmpty()) yield line.take(lineNumber);
}

class LineBuffer {
  private parts: Buffer[] = [];
  private length = 0;

  constructor(private readonly maxBytes: number) {}

  append(part: Buffer): void {
    this.length += part.length;
    // Past the limit the bytes are only counted: an oversized line must not cost its size in memory.
    if (this.length > this.maxBytes) this.parts = [];
    else if (part.length > 0) this.parts.push(part);
  }

  isEmpty(): boolean {
    return this.length === 0;
  }

  take(lineNumber: number): ByteLine {
    const result: ByteLine =
      this.length > this.maxBytes
        ? { lineNumber, tooLong: this.length }
        : { lineNumber, bytes: Buffer.concat(this.parts, this.length) };
    this.parts = [];
    this.length = 0;
    return result;
  }
}
