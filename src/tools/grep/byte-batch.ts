import { waitForDrain } from '../../output/write-lines.js';

/** Output gathered into one write per 64 KiB (a pipe's buffer), waiting when the reader is slower. */
export class ByteBatch {
  private pieces: Uint8Array[] = [];
  private size = 0;
  private closed = false;

  constructor(private readonly stream: NodeJS.WritableStream) {
    stream.once('error', () => {
      this.closed = true;
    });
  }

  bytes(...pieces: Uint8Array[]): void {
    for (const piece of pieces) {
      this.pieces.push(piece);
      this.size += piece.length;
    }
  }

  text(line: string): void {
    this.bytes(Buffer.from(`${line}\n`));
  }

  /** Writes when a batch is full; false once the reader has gone (`| head`). */
  async flushIfFull(): Promise<boolean> {
    if (this.size >= 65_536) await this.flush();
    return !this.closed;
  }

  async flush(): Promise<void> {
    if (this.size === 0 || this.closed) return;
    const batch = Buffer.concat(this.pieces, this.size);
    this.pieces = [];
    this.size = 0;
    if (!this.stream.write(batch)) await waitForDrain(this.stream);
  }
}
