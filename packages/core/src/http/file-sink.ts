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
    this.inFlight = this.writeAll(chunk).then(() => callback(), callback);
  }

  /** Chunks that queued up during a write go to disk together: one write call, not dozens. */
  override _writev(chunks: { chunk: Buffer }[], callback: (error?: Error | null) => void): void {
    const chunk = chunks.length === 1 ? chunks[0]!.chunk : Buffer.concat(chunks.map((c) => c.chunk));
    this.inFlight = this.writeAll(chunk).then(() => callback(), callback);
  }

  /**
   * Resolves once the write in progress (if any) has finished. A failed attempt destroys the sink
   * mid-write; waiting keeps that write from racing the next attempt's.
   */
  settled(): Promise<void> {
    return this.inFlight;
  }

  private async writeAll(chunk: Buffer): Promise<void> {
    for (let offset = 0; offset < chunk.length; ) {
      const { bytesWritten } = await this.handle.write(chunk, offset, chunk.length - offset, this.state.bytes + offset);
      offset += bytesWritten;
    }
    this.state.hash.update(chunk);
    this.state.bytes += chunk.length;
    this.onChunk(chunk.length);
  }
}
