import { LineSplitter, maxLineBytes, type ReceivedLine } from './line-splitter.js';

/** What one held chunk costs beyond its bytes (the Buffer object and its slot), for the budget. */
const chunkOverhead = 96;

/**
 * A client's unread input, kept as the raw chunks that arrived and cut into lines one at a time,
 * only when the server is ready for the next: a read of 65,536 empty lines costs its 64 KiB, not
 * 65,536 line objects. `cost` is what the caller compares with its budget to pause reading.
 */
export class LineInbox {
  private readonly splitter: LineSplitter;
  private chunks: Buffer[] = [];
  private first = 0;
  private offset = 0;
  private held = 0;

  constructor(maxBytes = maxLineBytes) {
    this.splitter = new LineSplitter(maxBytes);
  }

  push(chunk: Buffer): void {
    if (chunk.length === 0) return;
    this.chunks.push(chunk);
    this.held += chunk.length;
  }

  /** Bytes held plus a per-chunk overhead: what this inbox keeps in memory, roughly. */
  get cost(): number {
    return this.held + (this.chunks.length - this.first) * chunkOverhead;
  }

  /** No input left to look at (an unfinished line may wait in the splitter, at most the line cap). */
  get empty(): boolean {
    return this.held === 0;
  }

  /** All input looked at, and it ends in the middle of a line: the peer owes a newline. */
  get unfinished(): boolean {
    return this.held === 0 && this.splitter.unfinished;
  }

  /** The next complete line, or undefined once the held input has none. */
  next(): ReceivedLine | undefined {
    while (this.first < this.chunks.length) {
      const chunk = this.chunks[this.first]!;
      const newline = chunk.indexOf(10, this.offset);
      const end = newline === -1 ? chunk.length : newline + 1;
      const piece = chunk.subarray(this.offset, end);
      this.held -= piece.length;
      this.offset = end;
      if (end === chunk.length) this.dropFirst();
      // A piece is at most one line (ending in \n, or cut at the cap), so this gives 0 or 1 lines.
      const [line] = this.splitter.push(piece);
      if (line) return line;
    }
    return undefined;
  }

  /** The unfinished last line, when the peer has closed. */
  end(): ReceivedLine[] {
    return this.splitter.end();
  }

  private dropFirst(): void {
    this.first++;
    this.offset = 0;
    // Compact now and then, never per line: the array holds chunks (64 KiB each at most), not lines.
    if (this.first === this.chunks.length) {
      this.chunks = [];
      this.first = 0;
    } else if (this.first > 64) {
      this.chunks = this.chunks.slice(this.first);
      this.first = 0;
    }
  }
}
