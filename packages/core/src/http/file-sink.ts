import type { Hash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { noteBufferTraffic } from '../buffer-reclaim.ts';

/**
 * Gets a copy of every byte of a download's body, in order, as it is written (an archive
 * extracted while it downloads, say).
 */
export interface BodyTap {
  /** The next bytes; the returned promise holds the download back while the tap catches up. Never rejects. */
  write(chunk: Buffer): Promise<void>;
  /** What was given so far will not be followed by the rest in order (the download is retried). */
  abandon(reason: string): void;
}

/** What the destination file holds so far; shared across attempts so a resumed attempt appends and keeps hashing. */
export interface WrittenState {
  bytes: number;
  hash: Hash;
}

/** Bytes worth one write call: fewer, bigger writes cost far less CPU than one per 64 KiB socket read. */
const WRITE_BATCH = 1 << 20;
/** The longest a received chunk waits for a batch to fill (slow servers still show progress). */
const HOLD_MS = 50;

/**
 * Writes a response body into an open file from `state.bytes` on, hashing as it goes. A chunk
 * counts (in `state.bytes` and the hash) only once it is on disk, so `state.bytes` is always
 * exactly what the file holds and a resume can ask for the rest. Chunks are written in batches of
 * about 1 MiB; when the body fails, the chunks received so far are still written (they are good
 * data) before the sink reports the error, and only chunks the stream had not handed over yet are
 * dropped. Positional writes let every attempt reuse one file handle.
 */
export class FileSink extends Writable {
  private inFlight: Promise<void> = Promise.resolve();
  private held: Buffer[] = [];
  private heldBytes = 0;
  private holdTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly handle: FileHandle,
    private readonly state: WrittenState,
    private readonly onChunk: (bytes: number) => void,
    private readonly tap?: BodyTap,
  ) {
    super({ highWaterMark: WRITE_BATCH });
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.take([chunk], callback);
  }

  override _writev(chunks: { chunk: Buffer }[], callback: (error?: Error | null) => void): void {
    this.take(
      chunks.map((c) => c.chunk),
      callback,
    );
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.flush().then(() => callback(), callback);
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    void this.flush()
      .catch(() => undefined) // the error that destroyed the sink is the one to report
      .then(() => callback(error));
  }

  /**
   * Resolves once every write started (if any) has finished. A failed attempt destroys the sink
   * mid-write; waiting keeps that write from racing the next attempt's.
   */
  settled(): Promise<void> {
    return this.inFlight.catch(() => undefined);
  }

  /** Holds chunks until a batch is full (then writes it, with backpressure) or a moment has passed. */
  private take(chunks: Buffer[], callback: (error?: Error | null) => void): void {
    for (const chunk of chunks) {
      this.held.push(chunk);
      this.heldBytes += chunk.length;
    }
    if (this.heldBytes >= WRITE_BATCH) {
      this.flush().then(() => callback(), callback);
      return;
    }
    this.holdTimer ??= setTimeout(() => {
      this.holdTimer = undefined;
      this.flush().catch((error: unknown) => this.destroy(error as Error));
    }, HOLD_MS);
    callback();
  }

  /** Writes what is held, after any write under way. */
  private flush(): Promise<void> {
    clearTimeout(this.holdTimer);
    this.holdTimer = undefined;
    const batch = this.held;
    this.held = [];
    this.heldBytes = 0;
    if (batch.length > 0) this.inFlight = this.inFlight.then(() => this.writeAll(batch));
    return this.inFlight;
  }

  private async writeAll(chunks: Buffer[]): Promise<void> {
    const total = chunks.reduce((sum, c) => sum + c.length, 0);
    // The tap reads these buffers while the kernel writes them: the two overlap.
    const tapped = this.tap ? feed(this.tap, chunks) : undefined;
    const written = (await this.handle.writev(chunks, this.state.bytes)).bytesWritten;
    if (written < total) {
      // A short writev (rare: signals, huge batches): finish the rest chunk by chunk.
      const rest = Buffer.concat(chunks).subarray(written);
      for (let offset = 0; offset < rest.length; ) {
        const { bytesWritten } = await this.handle.write(rest, offset, rest.length - offset, this.state.bytes + written + offset);
        offset += bytesWritten;
      }
    }
    for (const chunk of chunks) this.state.hash.update(chunk);
    await tapped;
    noteBufferTraffic(total);
    this.state.bytes += total;
    this.onChunk(total);
  }
}

async function feed(tap: BodyTap, chunks: Buffer[]): Promise<void> {
  for (const chunk of chunks) await tap.write(chunk);
}
