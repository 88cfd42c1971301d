import { mkdir, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { BodyTap } from '../http/file-sink.ts';
import { ByteChannel, ByteReader } from './byte-stream.ts';
import { extractArchive, type ExtractResult } from './extract.ts';
import { ArchiveWriter } from './writer.ts';
import { checkCentralDirectory, extractZipStream, type StreamedEntry } from './zip-stream.ts';

/** How an extraction that started while downloading ended. */
export interface StreamingOutcome extends ExtractResult {
  /** True when the entries written during the download were kept; false when the archive was extracted afterwards. */
  streamed: boolean;
  /** Why the streamed entries were not used, when they were not. */
  fallbackReason?: string;
}

/**
 * Reads a zip or a tar.gz (told apart by their first bytes) through `writer` as it arrives. A
 * zip's entries are returned, to be checked against its central directory; a tar.gz has nothing
 * more to check (it is read by the same parser as a file would be), so it returns undefined.
 */
async function extractStream(reader: ByteReader, writer: ArchiveWriter): Promise<StreamedEntry[] | undefined> {
  const head = await reader.peek(2);
  if (head[0] !== 0x1f || head[1] !== 0x8b) return extractZipStream(reader, writer);
  // Loaded only for tar.gz: node-tar takes tens of milliseconds to load, and models are zips.
  const { extractTarGzStream } = await import('./tar.ts');
  await extractTarGzStream(Readable.from(reader.rest(), { objectMode: false }), writer);
  return undefined;
}

/**
 * Extracts a zip or tar.gz archive into `destination` while it downloads, so the two overlap
 * instead of adding up. Pass it to downloadFile as its `tap`, then call {@link finish} with the
 * finished file, after verifying its digest: a streamed zip is kept only when the central
 * directory agrees with every local header, a tar.gz when it was read to its end; otherwise (and
 * for anything the zip local-header reader does not handle: data descriptors, zip64, symlinks…)
 * the destination is emptied and the file is extracted by {@link extractArchive} as if nothing had
 * been streamed. Either way the writer's rules hold for every byte written: nothing lands outside
 * `destination`.
 */
export class StreamingExtraction implements BodyTap {
  readonly #channel = new ByteChannel();
  readonly #destination: string;
  readonly #maxBytes: number;
  readonly #work: Promise<{ writer: ArchiveWriter; entries: StreamedEntry[] | undefined } | { failure: string }>;
  /**
   * Why the bytes given are not (all) the archive's, once abandon() was called. Checked even when
   * the reader had already finished: a retried download may have started over with other bytes,
   * and the tree must come from the very bytes whose digest is verified.
   */
  #abandoned: string | undefined;

  private constructor(destination: string, writer: ArchiveWriter, maxBytes: number) {
    this.#destination = destination;
    this.#maxBytes = maxBytes;
    this.#work = extractStream(new ByteReader(this.#channel), writer).then(
      (entries) => ({ writer, entries }),
      (error: unknown) => ({ failure: describe(error) }),
    );
    // Whatever ended the reader, the download must not wait for it any longer.
    void this.#work.finally(() => this.#channel.close());
  }

  /** Starts reading into `destination`, an existing empty directory. */
  static async start(destination: string, options: { maxBytes?: number } = {}): Promise<StreamingExtraction> {
    const maxBytes = options.maxBytes ?? Infinity;
    return new StreamingExtraction(destination, await ArchiveWriter.open(destination, maxBytes), maxBytes);
  }

  write(chunk: Buffer): Promise<void> {
    return this.#channel.push(chunk);
  }

  abandon(reason: string): void {
    this.#abandoned ??= reason;
    this.#channel.fail(new Error(reason));
  }

  /** Stops reading (the download failed) and waits until nothing more is written. */
  async cancel(): Promise<void> {
    this.abandon('cancelled');
    await this.#work;
  }

  /** Ends the input and returns the extraction of `archive`, streamed or done now. */
  async finish(archive: string): Promise<StreamingOutcome> {
    this.#channel.end();
    const work = await this.#work;
    let reason = this.#abandoned ?? ('failure' in work ? work.failure : undefined);
    if (reason === undefined && 'writer' in work) {
      const entries = work.entries;
      if (entries) reason = await checkCentralDirectory(archive, this.#destination, entries).catch((error: unknown) => `the central directory could not be read (${describe(error)})`);
      if (reason === undefined) return { ...(await work.writer.finish()), streamed: true };
    }
    await rm(this.#destination, { recursive: true, force: true });
    await mkdir(this.#destination);
    const result = await extractArchive(archive, this.#destination, { maxBytes: this.#maxBytes });
    return { ...result, streamed: false, ...(reason ? { fallbackReason: reason } : {}) };
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
