import { createReadStream } from 'node:fs';
import { Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { Parser, type ReadEntry } from 'tar';
import { asUnsafe, UnsafeArchiveError } from './errors.ts';
import type { ArchiveWriter } from './writer.ts';

/** Extracts the gzip-compressed tar file `archive` through `writer` (see {@link extractTarGzStream}). */
export function extractTarGz(archive: string, writer: ArchiveWriter): Promise<void> {
  return extractTarGzStream(createReadStream(archive), writer);
}

/**
 * Extracts a gzip-compressed tar read from `source` (a file, or a download as it arrives) through
 * `writer`. node-tar only parses; the writer does all writing, so both formats share one set of
 * rules. Gunzip runs as a Node stream and the parser is fed with backpressure, so memory stays
 * flat however large the archive is.
 */
export async function extractTarGzStream(source: Readable, writer: ArchiveWriter): Promise<void> {
  // strict: a bad checksum or a truncated archive is an error, not a warning.
  const parser = new Parser({ strict: true });
  let failure: { error: unknown } | undefined;
  let current: ReadEntry | undefined;
  let resumeFeed: (() => void) | undefined;
  const fail = (error: unknown) => {
    failure ??= { error };
    current?.destroy(); // its body will get no more data; a pending read rejects
    resumeFeed?.();
  };
  /** The entry's body, cut short once anything failed: a destroyed entry would never end. */
  async function* body(entry: ReadEntry): AsyncGenerator<Buffer> {
    // Checked right before each read (no await in between), as a read after destroy() hangs.
    const check = () => {
      if (failure) throw new Error('extraction stopped');
    };
    check();
    for await (const chunk of entry) {
      yield chunk;
      check();
    }
  }

  // The parser emits body-less entries back to back; the chain handles them strictly in order.
  let chain = Promise.resolve();
  parser.on('entry', (entry: ReadEntry) => {
    chain = chain.then(async () => {
      if (!failure) {
        current = entry;
        await extractEntry(entry, body(entry), writer).catch(fail);
        current = undefined;
      }
      entry.resume(); // drop whatever is left unread, so the parser moves on
    });
  });
  parser.on('error', (error: unknown) => fail(asUnsafe(error, 'the tar archive')));
  parser.on('drain', () => resumeFeed?.());

  const feed = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      const next = () => {
        resumeFeed = undefined;
        callback(failure ? new Error('extraction stopped') : null);
      };
      // parser.write() is false while the current entry's handler has not caught up.
      if (failure || parser.write(chunk) || failure) next();
      else resumeFeed = next;
    },
    final(callback) {
      parser.end();
      callback();
    },
  });
  try {
    // 1 MiB buffers, as zip-stream.ts inflates in: fewer round trips to zlib's thread pool.
    await pipeline(source, createGunzip({ chunkSize: 1024 * 1024 }), feed);
  } catch (error: unknown) {
    fail(asUnsafe(error, 'the gzip stream'));
  }
  await chain;
  if (failure) throw failure.error;
}

function extractEntry(entry: ReadEntry, body: AsyncIterable<Buffer>, writer: ArchiveWriter): Promise<void> {
  switch (entry.type) {
    case 'File':
    case 'OldFile':
    case 'ContiguousFile':
      return writer.file(entry.path, entry.mode ?? 0, body, entry.size);
    case 'Directory':
      return writer.directory(entry.path);
    case 'SymbolicLink':
      return writer.symlink(entry.path, entry.linkpath ?? '');
    case 'Link':
      return writer.hardlink(entry.path, entry.linkpath ?? '');
    default:
      return Promise.reject(new UnsafeArchiveError(`entry "${entry.path}" is a ${entry.type} entry, which is never extracted`));
  }
}
