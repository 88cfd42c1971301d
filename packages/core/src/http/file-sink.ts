import type { Hash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { Writable } from 'node:stream';

/** What the destination file holds so far; shared across attempts so a resumed attempt appends and keeps hashing. */
export interface WrittenState {
  bytes: number;
  hash: Hash;
}

/**
 * Writes a response body into an open file from `state.bytes` on, hashing as it goes. A chunk
 * counts (in `state.bytes` and the hash) only once it is on disk, and chunks still queued when an
 * attempt fails are dropped uncounted, so `state.bytes` is always exactly what the file holds and
 * a resume can ask for the rest. Positional writes let every attempt reuse one file handle.
 */
export class FileSink extends Writable {
  private inFlight: Promise<void> = Promise.resolve();

  constructor(
    private readonly handle: FileHandle,
    private readonly state: WrittenState,
    private readonly onChunk: (bytes: number) => void,
  ) {
    super({ highWaterMark: 1 << 20 });
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.inFlight = this.writeAll([chunk]).then(() => callback(), callback);
  }

  /**
   * Chunks that queued up during a write go to disk together: one writev call, not dozens, and
   * no copy into a bigger buffer (allocations here are what memory use grows with).
   */
  override _writev(chunks: { chunk: Buffer }[], callback: (error?: Error | null) => void): void {
    this.inFlight = this.writeAll(chunks.map((c) => c.chunk)).then(() => callback(), callback);
  }

  /**
   * Resolves once the write in progress (if any) has finished. A failed attempt destroys the sink
   * mid-write; waiting keeps that write from racing the next attempt's.
   */
  settled(): Promise<void> {
    return this.inFlight;
  }

  private async writeAll(chunks: Buffer[]): Promise<void> {
    const total = chunks.reduce((sum, c) => sum + c.length, 0);
    let written = (await this.handle.writev(chunks, this.state.bytes)).bytesWritten;
    if (written < total) {
      // A short writev (rare: signals, huge batches): finish the rest chunk by chunk.
      const rest = Buffer.concat(chunks).subarray(written);
      for (let offset = 0; offset < rest.length; ) {
        const { bytesWritten } = await this.handle.write(rest, offset, rest.length - offset, this.state.bytes + written + offset);
        offset += bytesWritten;
      }
      written = total;
    }
    for (const chunk of chunks) this.state.hash.update(chunk);
    this.state.bytes += total;
    this.onChunk(total);
  }
}
