import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { detectArchiveFormat, extractArchive, UnsafeArchiveError, type ArchiveFormat } from '../../packages/core/src/archives/extract.ts';
import { StreamingExtraction, type StreamingOutcome } from '../../packages/core/src/archives/streaming.ts';
import { downloadFile } from '../../packages/core/src/http/download.ts';
import { ConfigurationError } from '../../packages/core/src/errors.ts';
import { node24, repoRoot } from '../harness/index.ts';
import { fileBody } from '../fixtures/file-body.ts';
import { startTestServer } from '../fixtures/http-server.ts';
import { createMaliciousArchive, createVoskModelArchive, MALICIOUS_KINDS, voskModelDigests, writeArchive, type MaliciousKind, type RawEntry, type VoskModelOptions } from '../fixtures/vosk-archives.ts';

const MiB = 1024 * 1024;
const FORMATS: ArchiveFormat[] = ['zip', 'tar.gz'];
let root: string;
let cases = 0;

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'rk-archives-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A fresh `<dir>/dest` (empty) next to `<dir>/outside/canary.txt`. */
function scratch() {
  const dir = path.join(root, `case-${++cases}`);
  const dest = path.join(dir, 'dest');
  mkdirSync(dest, { recursive: true });
  mkdirSync(path.join(dir, 'outside'));
  writeFileSync(path.join(dir, 'outside', 'canary.txt'), 'canary\n');
  return { dir, dest };
}

/** Relative path → SHA-256 of every regular file below `dir`. */
function digestTree(dir: string): Record<string, string> {
  const digests: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    digests[path.relative(dir, file).split(path.sep).join('/')] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return digests;
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UnsafeArchiveError);
  expect(error).toBeInstanceOf(ConfigurationError);
  return error as Error;
}

async function raw(dir: string, format: ArchiveFormat, entries: RawEntry[]): Promise<string> {
  const file = path.join(dir, `raw.${format}`);
  await writeArchive(file, format, entries);
  return file;
}

describe('extractArchive round-trips generated Vosk models', () => {
  const variants: [ArchiveFormat, Omit<VoskModelOptions, 'name' | 'format'>, number][] = [
    ['zip', {}, 14],
    ['tar.gz', {}, 14],
    ['zip', { graph: 'HCLG', ivector: false, seed: 7 }, 8],
    ['tar.gz', { graph: 'HCLG', seed: 8, payloadBytes: 300_001 }, 14],
  ];
  it.each(variants)('%s %j: every file present with identical bytes', async (format, variant, files) => {
    const { dir, dest } = scratch();
    const options = { name: 'vosk-model-small-en-us-0.15', format, ...variant };
    const model = await createVoskModelArchive(dir, options);
    expect(model.archive).toBe(path.join(dir, `vosk-model-small-en-us-0.15.${format}`));
    expect(model.format).toBe(format);
    expect(model.bytes).toBe(statSync(model.archive).size);
    expect(model.sha256).toBe(createHash('sha256').update(readFileSync(model.archive)).digest('hex'));

    const result = await extractArchive(model.archive, dest);
    const expected = voskModelDigests(options);
    expect(Object.keys(expected)).toHaveLength(files);
    expect(digestTree(path.join(dest, options.name))).toEqual(expected);
    expect(readdirSync(dest)).toEqual([options.name]);
    const sizes = Object.keys(expected).map((file) => statSync(path.join(dest, options.name, file)).size);
    // every file hashed on the way to disk, with the digest of what is on disk
    const hashed = Object.entries(expected).map(([file, sha256], i) => ({ path: `${options.name}/${file}`, size: sizes[i], sha256 }));
    expect(result).toEqual({ entries: files, bytes: sizes.reduce((a, b) => a + b, 0), files: hashed.sort((a, b) => (a.path < b.path ? -1 : 1)) });
    expect(statSync(path.join(dest, options.name, 'am/final.mdl')).size).toBe(variant.payloadBytes ?? 64 * 1024);
  });

  it('makes the same archive twice, different bytes for another seed, and leaves out what is omitted', async () => {
    const { dir } = scratch();
    mkdirSync(path.join(dir, 'again'));
    const a = await createVoskModelArchive(path.join(dir, 'again'), { name: 'm', format: 'tar.gz' });
    const b = await createVoskModelArchive(dir, { name: 'm', format: 'tar.gz' });
    const c = await createVoskModelArchive(dir, { name: 'n', format: 'tar.gz', seed: 2 });
    expect(a.sha256).toBe(b.sha256);
    expect(c.sha256).not.toBe(b.sha256);
    const omitted = voskModelDigests({ name: 'm', omit: ['conf/mfcc.conf', 'ivector'] });
    expect(Object.keys(omitted).sort()).toEqual(['README', 'am/final.mdl', 'conf/model.conf', 'graph/Gr.fst', 'graph/HCLr.fst', 'graph/disambig_tid.int', 'graph/phones/word_boundary.int']);
    expect(() => voskModelDigests({ name: 'm', omit: ['conf/typo.conf'] })).toThrow('omit: the model has no conf/typo.conf');
  });
});

describe('extractArchive refuses hostile archives without writing outside the destination', () => {
  const expected: Record<MaliciousKind, (dir: string) => string> = {
    'dot-dot': () => `entry "../outside/canary.txt" climbs out of the destination with '..'`,
    absolute: (dir) => `entry "${path.join(dir, 'outside', 'canary.txt')}" is an absolute path`,
    'backslash-dot-dot': () => `entry "..\\outside\\canary.txt" climbs out of the destination with '..'`,
    'symlink-outside': () => `symlink "model/link" -> "../../outside/canary.txt" points outside the destination`,
    'symlink-then-write': () => `entry "esc/outside/canary.txt" would go through the symlink "esc"`,
    'hardlink-outside': () => `hard link "model/passwd" -> "../outside/canary.txt" climbs out of the destination with '..'`,
  };
  it.each(MALICIOUS_KINDS.flatMap((kind) => FORMATS.map((format) => [kind, format] as const)))('%s in %s', async (kind, format) => {
    const { dir, dest } = scratch();
    if (kind === 'hardlink-outside' && format === 'zip') {
      await expect(createMaliciousArchive(dir, kind, format)).rejects.toThrow('zip archives have no hard links');
      return;
    }
    const archive = await createMaliciousArchive(dir, kind, format);
    expect(archive).toBe(path.join(dir, `malicious-${kind}.${format}`));
    const error = await rejection(extractArchive(archive, dest));
    expect(error.message).toBe(`Refusing to extract ${archive}: ${expected[kind](dir)}.`);
    expect(readFileSync(path.join(dir, 'outside', 'canary.txt'), 'utf8')).toBe('canary\n');
    expect(readdirSync(path.join(dir, 'outside'))).toEqual(['canary.txt']);
    expect(readdirSync(dir).sort()).toEqual(['dest', path.basename(archive), 'outside']);
    expect(readFileSync(path.join(dest, 'model/README'), 'utf8')).toBe('harmless\n'); // the entry before was extracted
  });

  const hostileNames: [string, string][] = [
    ['C:\\Windows\\evil.dll', 'is an absolute path'],
    ['C:evil.txt', 'is an absolute path'],
    ['\\\\server\\share\\evil.txt', 'is an absolute path'],
    ['/outside/canary.txt', 'is an absolute path'],
    ['model/../../outside/canary.txt', "climbs out of the destination with '..'"],
    ['model\\..\\..\\outside\\canary.txt', "climbs out of the destination with '..'"],
  ];
  it.each(FORMATS.flatMap((format) => hostileNames.map(([name, reason]) => [format, name, reason] as const)))('%s entry %j', async (format, name, reason) => {
    const { dir, dest } = scratch();
    const archive = await raw(dir, format, [{ name, data: 'pwned\n' }]);
    expect((await rejection(extractArchive(archive, dest))).message).toBe(`Refusing to extract ${archive}: entry "${name}" ${reason}.`);
    expect(readdirSync(dest)).toEqual([]);
  });

  it.each(FORMATS)('%s: links that chain out only once all exist are caught at the end', async (format) => {
    const { dir, dest } = scratch();
    const archive = await raw(dir, format, [
      { name: 'a/b/', type: 'directory' },
      { name: 'esc', type: 'symlink', target: 'a/b/up/..' },
      { name: 'a/b/up', type: 'symlink', target: '../..' },
    ]);
    expect((await rejection(extractArchive(archive, dest))).message).toBe(`Refusing to extract ${archive}: symlink "esc" -> "a/b/up/.." resolves outside the destination.`);
  });

  it.each(FORMATS)('%s: refuses a loop of links, absolute link targets, FIFOs and directories through a symlink', async (format) => {
    const { dir, dest } = scratch();
    const refuse = async (entries: RawEntry[], message: string) => {
      rmSync(dest, { recursive: true });
      mkdirSync(dest);
      const archive = await raw(dir, format, entries);
      expect((await rejection(extractArchive(archive, dest))).message).toBe(`Refusing to extract ${archive}: ${message}.`);
    };
    await refuse([{ name: 'l1', type: 'symlink', target: 'l2' }, { name: 'l2', type: 'symlink', target: 'l1' }], 'symlink "l1" -> "l2" is part of a loop of links');
    await refuse([{ name: 'abs', type: 'symlink', target: '/etc/passwd' }], 'symlink "abs" -> "/etc/passwd" points at an absolute path');
    await refuse([{ name: 'bs', type: 'symlink', target: '..\\..\\x' }], 'symlink "bs" -> "..\\..\\x" has a backslash in its target');
    await refuse([{ name: 'real/', type: 'directory' }, { name: 'link', type: 'symlink', target: 'real' }, { name: 'link/sub/', type: 'directory' }], 'entry "link/sub/" would go through the symlink "link"');
    const fifo = format === 'zip' ? 'entry "pipe" is a device, FIFO or socket (mode 10644)' : 'entry "pipe" is a FIFO entry, which is never extracted';
    await refuse([{ name: 'pipe', type: 'fifo' }], fifo);
    expect(readdirSync(dest)).toEqual([]);
  });
});

describe('extractArchive keeps what is safe', () => {
  it.each(FORMATS)('%s: symlinks that stay inside are created; a later file replaces a link, not its target', async (format) => {
    const { dir, dest } = scratch();
    const archive = await raw(dir, format, [
      { name: 'm/real.txt', data: 'real\n' },
      { name: 'm/alias.txt', type: 'symlink', target: 'real.txt' },
      { name: 'top', type: 'symlink', target: 'm' },
      { name: 'm/dangling', type: 'symlink', target: '../missing/file' },
      { name: 'm/replaced', type: 'symlink', target: 'real.txt' },
      { name: 'm/replaced', data: 'new\n' },
    ]);
    const digest = (text: string) => createHash('sha256').update(text).digest('hex');
    expect(await extractArchive(archive, dest)).toEqual({
      entries: 2,
      bytes: 9,
      files: [
        { path: 'm/real.txt', size: 5, sha256: digest('real\n') },
        { path: 'm/replaced', size: 4, sha256: digest('new\n') },
      ],
    });
    expect(readlinkSync(path.join(dest, 'm/alias.txt'))).toBe('real.txt');
    expect(readFileSync(path.join(dest, 'top/alias.txt'), 'utf8')).toBe('real\n');
    expect(readlinkSync(path.join(dest, 'm/dangling'))).toBe('../missing/file');
    expect(readFileSync(path.join(dest, 'm/replaced'), 'utf8')).toBe('new\n');
    expect(readFileSync(path.join(dest, 'm/real.txt'), 'utf8')).toBe('real\n');
  });

  it('tar: a hard link to a file extracted earlier, but not to a symlink or a missing file', async () => {
    const { dir, dest } = scratch();
    const archive = await raw(dir, 'tar.gz', [
      { name: 'a.txt', data: 'same\n' },
      { name: 'b.txt', type: 'hardlink', target: 'a.txt' },
    ]);
    const same = { size: 5, sha256: createHash('sha256').update('same\n').digest('hex') };
    expect(await extractArchive(archive, dest)).toEqual({ entries: 1, bytes: 5, files: [{ path: 'a.txt', ...same }, { path: 'b.txt', ...same }] });
    expect(statSync(path.join(dest, 'b.txt')).ino).toBe(statSync(path.join(dest, 'a.txt')).ino);

    for (const [entries, target] of [[[{ name: 'l', type: 'symlink', target: 'a.txt' }], 'l'], [[], 'missing.txt']] as const) {
      const other = scratch();
      const bad = await raw(other.dir, 'tar.gz', [{ name: 'a.txt', data: 'x' }, ...entries, { name: 'h', type: 'hardlink', target }]);
      expect((await rejection(extractArchive(bad, other.dest))).message).toBe(`Refusing to extract ${bad}: hard link "h" -> "${target}" does not point at a file extracted before it.`);
    }
  });

  it.each(FORMATS)('%s: keeps the execute bit and drops setuid, setgid and sticky', async (format) => {
    const { dir, dest } = scratch();
    const archive = await raw(dir, format, [
      { name: 'bin/run.sh', data: '#!/bin/sh\n', mode: 0o755 },
      { name: 'bin/suid', data: 'x', mode: 0o4755 },
      { name: 'bin/sgid', data: 'x', mode: 0o2750 },
      { name: 'data.txt', data: 'x', mode: 0o666 },
    ]);
    await extractArchive(archive, dest);
    const umask = process.umask();
    const mode = (file: string) => statSync(path.join(dest, file)).mode & 0o7777;
    expect(mode('bin/run.sh')).toBe(0o755 & ~umask);
    expect(mode('bin/suid')).toBe(0o755 & ~umask);
    expect(mode('bin/sgid')).toBe(0o755 & ~umask);
    expect(mode('data.txt')).toBe(0o644 & ~umask);
  });
});

describe('size limits', () => {
  it.each(FORMATS)('%s: maxBytes bounds the total, refusing the entry that crosses it before writing it', async (format) => {
    const { dir, dest } = scratch();
    const model = await createVoskModelArchive(dir, { name: 'm', format });
    const full = path.join(dir, 'full');
    mkdirSync(full);
    const { bytes: total } = await extractArchive(model.archive, full);
    expect(total).toBe(Object.keys(voskModelDigests({ name: 'm' })).reduce((sum, file) => sum + statSync(path.join(full, 'm', file)).size, 0));
    const error = await rejection(extractArchive(model.archive, dest, { maxBytes: 1000 }));
    expect(error.message).toBe(`Refusing to extract ${model.archive}: entry "m/am/final.mdl" takes the extracted size over the limit of 1000 bytes.`);
    expect(existsSync(path.join(dest, 'm/am/final.mdl'))).toBe(false);

    rmSync(dest, { recursive: true });
    mkdirSync(dest);
    expect((await rejection(extractArchive(model.archive, dest, { maxBytes: total - 1 }))).message).toMatch(`over the limit of ${total - 1} bytes.`);
    rmSync(dest, { recursive: true });
    mkdirSync(dest);
    expect(await extractArchive(model.archive, dest, { maxBytes: total })).toMatchObject({ entries: 14, bytes: total });
  });

  it('zip: an entry whose data outgrows its declared size is stopped at the declared size', async () => {
    const { dir, dest } = scratch();
    const archive = await raw(dir, 'zip', [{ name: 'bomb.bin', data: Buffer.alloc(200_000) }]);
    declareZipSize(archive, 'bomb.bin', 1000);
    const error = await rejection(extractArchive(archive, dest, { maxBytes: 10_000 }));
    expect(error.message).toMatch(/^Refusing to extract .*: entry "bomb\.bin" is corrupt: too many bytes in the stream\. expected 1000\. got at least \d+\.$/);
    expect(statSync(path.join(dest, 'bomb.bin')).size).toBeLessThanOrEqual(1000);
  });

  it('zip: an entry with less data than declared is refused', async () => {
    const { dir, dest } = scratch();
    const archive = await raw(dir, 'zip', [{ name: 'short.bin', data: Buffer.alloc(5000) }]);
    declareZipSize(archive, 'short.bin', 6000);
    const error = await rejection(extractArchive(archive, dest));
    expect(error.message).toBe(`Refusing to extract ${archive}: entry "short.bin" is corrupt: not enough bytes in the stream. expected 6000. got only 5000.`);
  });

  it('tar.gz: a truncated archive is refused', async () => {
    const { dir, dest } = scratch();
    const model = await createVoskModelArchive(dir, { name: 'm', format: 'tar.gz', payloadBytes: 200_000 });
    const cut = path.join(dir, 'cut.tar.gz');
    writeFileSync(cut, readFileSync(model.archive).subarray(0, Math.floor(model.bytes / 2)));
    const error = await rejection(extractArchive(cut, dest));
    expect(error.message).toBe(`Refusing to extract ${cut}: the gzip stream is corrupt: unexpected end of file.`);
  });
});

describe('detectArchiveFormat', () => {
  it('reads the magic bytes, not the name', async () => {
    const { dir } = scratch();
    const zip = await createVoskModelArchive(dir, { name: 'z', payloadBytes: 10 });
    const tgz = await createVoskModelArchive(dir, { name: 't', format: 'tar.gz', payloadBytes: 10 });
    const renamed = path.join(dir, 'model.zip');
    writeFileSync(renamed, readFileSync(tgz.archive));
    expect(await detectArchiveFormat(zip.archive)).toBe('zip');
    expect(await detectArchiveFormat(tgz.archive)).toBe('tar.gz');
    expect(await detectArchiveFormat(renamed)).toBe('tar.gz');
  });

  it('refuses anything else, saying what it starts with', async () => {
    const { dir, dest } = scratch();
    const html = path.join(dir, 'model.zip');
    writeFileSync(html, '<!DOCTYPE html><title>404</title>');
    const empty = path.join(dir, 'empty.tar.gz');
    writeFileSync(empty, '');
    expect((await rejection(detectArchiveFormat(html))).message).toBe(`${html} is neither a zip nor a gzip-compressed tar archive (it starts with 3c 21 44 4f).`);
    expect((await rejection(detectArchiveFormat(empty))).message).toBe(`${empty} is neither a zip nor a gzip-compressed tar archive (it is empty).`);
    await rejection(extractArchive(html, dest));
    await expect(detectArchiveFormat(path.join(dir, 'missing'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('streaming', () => {
  // A fresh process, so memory freed after making the archive cannot hide a buffering extractor.
  const child = `
    import { extractArchive } from ${JSON.stringify(pathToFileURL(path.join(repoRoot, 'packages/core/src/archives/extract.ts')).href)};
    const before = process.resourceUsage().maxRSS;
    const result = await extractArchive(process.argv[1], process.argv[2]);
    console.log(JSON.stringify({ result, growth: (process.resourceUsage().maxRSS - before) * 1024 }));`;

  it.each(FORMATS)('%s: a 100 MB model extracts with flat memory', async (format) => {
    const { dir, dest } = scratch();
    const model = await createVoskModelArchive(dir, { name: 'big', format, payloadBytes: 100 * MiB });
    const run = spawnSync(node24, ['--import', 'tsx', '--input-type=module', '-e', child, model.archive, dest], { cwd: repoRoot, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`extraction failed: ${run.stderr}`);
    const { result, growth } = JSON.parse(run.stdout) as { result: { entries: number; bytes: number }; growth: number };
    expect(result.entries).toBe(14);
    expect(statSync(path.join(dest, 'big/am/final.mdl')).size).toBe(100 * MiB);
    // Streaming costs a fixed ~40 MB (mostly V8's young generation) at any size; holding the
    // data would cost over 100 MB here.
    expect(growth).toBeLessThan(64 * MiB);
  });
});

/** xorshift32: the same "random" numbers on every run, so a failure can be replayed. */
function numbers(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state;
  };
}

/**
 * Extracts `archive` the way a download does: its bytes pushed into a StreamingExtraction in
 * chunks of 1 byte to 96 KiB (the first `streamBytes` of them only, to play a cut download),
 * then finish() with the whole file.
 */
async function streamExtract(archive: string, dest: string, options: { seed?: number; streamBytes?: number } = {}): Promise<StreamingOutcome> {
  const data = readFileSync(archive);
  const random = numbers(options.seed ?? 1);
  const streaming = await StreamingExtraction.start(dest);
  const end = Math.min(options.streamBytes ?? data.length, data.length);
  for (let at = 0; at < end; ) {
    const size = Math.min(end - at, random() % 4 === 0 ? 1 + (random() % 64) : 1 + (random() % (96 * 1024)));
    await streaming.write(data.subarray(at, at + size));
    at += size;
  }
  if (end < data.length) streaming.abandon('cut');
  return streaming.finish(archive);
}

/** What extractArchive makes of `archive`: the result and every file, or the error. */
async function referenceOutcome(archive: string, dir: string): Promise<{ files?: Record<string, string>; error?: string }> {
  const dest = mkdtempSync(path.join(dir, 'reference-'));
  try {
    await extractArchive(archive, dest);
    return { files: digestTree(dest) };
  } catch (error: unknown) {
    return { error: (error as Error).message };
  }
}

/** Offsets of every local header (name → offset), read from the archive front to back. */
function localHeaders(zip: Buffer): Map<string, number> {
  const found = new Map<string, number>();
  for (let at = zip.indexOf('PK\x03\x04'); at !== -1; at = zip.indexOf('PK\x03\x04', at + 4)) {
    found.set(zip.toString('utf8', at + 30, at + 30 + zip.readUInt16LE(at + 26)), at);
  }
  return found;
}

describe('StreamingExtraction: extracting while downloading', () => {
  // What published models and people's own archives are written with.
  const tools = ['yazl', 'info-zip', 'python-zipfile', '7-zip'] as const;
  it.each(tools)('%s zip: extracted from the local headers, the same tree and digests as extractArchive', async (zipTool) => {
    const { dir, dest } = scratch();
    const options = { name: 'vosk-model-small-en-us-0.15', zipTool, payloadBytes: 700_001 };
    const model = await createVoskModelArchive(dir, options);
    const outcome = await streamExtract(model.archive, dest, { seed: 3 });
    expect(outcome.fallbackReason).toBeUndefined();
    expect(outcome.streamed).toBe(true);
    expect(digestTree(path.join(dest, options.name))).toEqual(voskModelDigests(options));
    const reference = mkdtempSync(path.join(dir, 'reference-'));
    const { streamed: _, ...result } = outcome;
    expect(result).toEqual(await extractArchive(model.archive, reference));
  });

  it.each([['our writer', undefined], ['GNU tar', 'gnu-tar']] as const)('tar.gz written by %s: extracted while it arrives, the same tree and digests as extractArchive', async (_writer, zipTool) => {
    const { dir, dest } = scratch();
    const options = { name: 'vosk-model-small-en-us-0.15', format: 'tar.gz' as const, payloadBytes: 700_001, ...(zipTool ? { zipTool } : {}) };
    const model = await createVoskModelArchive(dir, options);
    const outcome = await streamExtract(model.archive, dest, { seed: 5 });
    expect(outcome).toMatchObject({ streamed: true });
    expect(outcome.fallbackReason).toBeUndefined();
    expect(digestTree(path.join(dest, options.name))).toEqual(voskModelDigests(options));
    const { streamed: _, ...result } = outcome;
    expect(result).toEqual(await extractArchive(model.archive, mkdtempSync(path.join(dir, 'reference-'))));
  });

  it('a tar.gz cut short and retried falls back to the finished file, with the same result', async () => {
    const { dir, dest } = scratch();
    const model = await createVoskModelArchive(dir, { name: 'm', format: 'tar.gz', payloadBytes: 300_000 });
    const outcome = await streamExtract(model.archive, dest, { streamBytes: 200_000 });
    expect(outcome).toMatchObject({ streamed: false, fallbackReason: 'cut' });
    expect(digestTree(path.join(dest, 'm'))).toEqual(voskModelDigests({ name: 'm', payloadBytes: 300_000 }));
  });

  it('applies the execute bits only the central directory has; a repeated name ends as the last entry says', async () => {
    const { dir, dest } = scratch();
    const archive = await raw(dir, 'zip', [
      { name: 'bin/run', data: '#!/bin/sh\n', mode: 0o755 },
      { name: 'bin/tool', data: 'old\n', mode: 0o755 },
      { name: 'bin/tool', data: 'new\n', mode: 0o644 },
      { name: 'lib/a.so', data: Buffer.alloc(5000, 1), mode: 0o644 },
    ]);
    const outcome = await streamExtract(archive, dest);
    expect(outcome.streamed).toBe(true);
    expect(statSync(path.join(dest, 'bin/run')).mode & 0o777).toBe(0o755);
    expect(statSync(path.join(dest, 'bin/tool')).mode & 0o777).toBe(0o644);
    expect(readFileSync(path.join(dest, 'bin/tool'), 'utf8')).toBe('new\n');
    expect(statSync(path.join(dest, 'lib/a.so')).mode & 0o777).toBe(0o644);
  });

  const fallbacks: [string, (dir: string) => Promise<string>, RegExp][] = [
    ['sizes in data descriptors', async (dir) => (await createVoskModelArchive(dir, { name: 'm', payloadBytes: 17 * MiB })).archive, /data descriptor/],
    ['a symlink (only the central directory says so)', (dir) => raw(dir, 'zip', [{ name: 'm/real', data: 'x' }, { name: 'm/link', type: 'symlink', target: 'real' }]), /file type 120000 \(a symlink or special file\)/],
    [
      'a local header naming another file than the central directory',
      async (dir) => {
        const file = await raw(dir, 'zip', [{ name: 'm/a.txt', data: 'a' }, { name: 'm/b.txt', data: 'b' }]);
        const zip = readFileSync(file);
        zip.write('m/x.txt', localHeaders(zip).get('m/b.txt')! + 30); // local header only
        writeFileSync(file, zip);
        return file;
      },
      /entry 2 \("m\/x.txt"\): the central directory names it "m\/b.txt"/,
    ],
    [
      'a local entry the central directory does not list',
      async (dir) => {
        const file = await raw(dir, 'zip', [{ name: 'm/a.txt', data: 'a' }, { name: 'm/b.txt', data: 'b' }]);
        const zip = readFileSync(file);
        const eocd = zip.lastIndexOf('PK\x05\x06');
        const firstCentral = zip.indexOf('PK\x01\x02');
        const secondCentral = zip.indexOf('PK\x01\x02', firstCentral + 4);
        // Drop the first central record: the CD now lists only m/b.txt.
        const shorter = Buffer.concat([zip.subarray(0, firstCentral), zip.subarray(secondCentral)]);
        const end = eocd - (secondCentral - firstCentral);
        shorter.writeUInt16LE(1, end + 8);
        shorter.writeUInt16LE(1, end + 10);
        shorter.writeUInt32LE(shorter.readUInt32LE(end + 12) - (secondCentral - firstCentral), end + 12);
        writeFileSync(file, shorter);
        return file;
      },
      /the central directory lists 1 entries, the local headers 2/,
    ],
  ];
  it.each(fallbacks)('falls back to extracting the finished file for %s, with the same result', async (_, make, reason) => {
    const { dir, dest } = scratch();
    const archive = await make(dir);
    const outcome = await streamExtract(archive, dest);
    expect(outcome.streamed).toBe(false);
    expect(outcome.fallbackReason).toMatch(reason);
    expect(await referenceOutcome(archive, dir)).toEqual({ files: digestTree(dest) });
  });

  it('falls back when the download was cut and retried (abandoned), with the same result', async () => {
    const { dir, dest } = scratch();
    const model = await createVoskModelArchive(dir, { name: 'm', payloadBytes: 300_000 });
    const outcome = await streamExtract(model.archive, dest, { streamBytes: 200_000 });
    expect(outcome).toMatchObject({ streamed: false, fallbackReason: 'cut' });
    expect(digestTree(path.join(dest, 'm'))).toEqual(voskModelDigests({ name: 'm', payloadBytes: 300_000 }));
  });

  it('falls back when abandoned after the reader had already finished (a retry may have brought other bytes)', async () => {
    const { dir, dest } = scratch();
    const model = await createVoskModelArchive(dir, { name: 'm', payloadBytes: 300_000 });
    const data = readFileSync(model.archive);
    const streaming = await StreamingExtraction.start(dest);
    await streaming.write(data); // the reader reaches the central directory and stops
    await new Promise((resolve) => setTimeout(resolve, 100));
    streaming.abandon('attempt 1 failed');
    const outcome = await streaming.finish(model.archive);
    expect(outcome).toMatchObject({ streamed: false, fallbackReason: 'attempt 1 failed' });
    expect(digestTree(path.join(dest, 'm'))).toEqual(voskModelDigests({ name: 'm', payloadBytes: 300_000 }));
  });

  const hostile = [...MALICIOUS_KINDS.filter((kind) => kind !== 'hardlink-outside').map((kind) => ['zip', kind] as const), ...MALICIOUS_KINDS.map((kind) => ['tar.gz', kind] as const)];
  it.each(hostile)('refuses the hostile %s %s exactly as extractArchive does, writing nothing outside', async (format, kind) => {
    const { dir, dest } = scratch();
    const archive = await createMaliciousArchive(dir, kind, format);
    const reference = await referenceOutcome(archive, dir);
    const error = await rejection(streamExtract(archive, dest));
    expect(error.message).toBe(reference.error);
    expect(readFileSync(path.join(dir, 'outside', 'canary.txt'), 'utf8')).toBe('canary\n');
    expect(readdirSync(path.join(dir, 'outside'))).toEqual(['canary.txt']);
  });

  it('fuzz: truncated and corrupted zips end exactly as extractArchive ends them, and never write outside', async () => {
    const { dir } = scratch();
    const random = numbers(2024);
    const sources = [
      readFileSync((await createVoskModelArchive(dir, { name: 'a', payloadBytes: 40_000, seed: 4 })).archive),
      readFileSync((await createVoskModelArchive(dir, { name: 'b', zipTool: 'info-zip', payloadBytes: 30_000, seed: 5 })).archive),
    ];
    let streamed = 0;
    for (let round = 0; round < 120; round++) {
      const source = sources[round % sources.length]!;
      let bytes: Buffer;
      if (round % 3 === 0) bytes = source.subarray(0, random() % source.length); // truncated
      else {
        bytes = Buffer.from(source);
        // Flip a few bytes, mostly in headers (the first and last KiB hold most of them).
        for (let flips = 1 + (random() % 3); flips > 0; flips--) {
          const region = random() % 3;
          const at = region === 0 ? random() % Math.min(1024, bytes.length) : region === 1 ? bytes.length - 1 - (random() % Math.min(1024, bytes.length)) : random() % bytes.length;
          bytes[at] = bytes[at]! ^ (1 + (random() % 255));
        }
      }
      const caseDir = path.join(dir, `fuzz-${round}`);
      mkdirSync(path.join(caseDir, 'dest'), { recursive: true });
      const archive = path.join(caseDir, 'archive.zip');
      writeFileSync(archive, bytes);
      const reference = await referenceOutcome(archive, caseDir);
      const dest = path.join(caseDir, 'dest');
      const outcome = await streamExtract(archive, dest, { seed: round }).then(
        (result) => ({ files: digestTree(dest), streamed: result.streamed }),
        (error: unknown) => ({ error: (error as Error).message, streamed: false }),
      );
      if (outcome.streamed) streamed++;
      const { streamed: _, ...comparable } = outcome;
      expect({ round, ...comparable }).toEqual({ round, ...reference });
      expect(readdirSync(caseDir).sort()).toEqual(['archive.zip', 'dest', ...readdirSync(caseDir).filter((name) => name.startsWith('reference-'))].sort());
      rmSync(caseDir, { recursive: true, force: true });
    }
    expect(streamed).toBeGreaterThan(0); // some corruptions (in file data) still stream
  });

  it('through downloadFile: streams a clean download, falls back after a reset and a resumed retry', async () => {
    const { dir, dest } = scratch();
    const server = await startTestServer();
    try {
      const model = await createVoskModelArchive(dir, { name: 'm', zipTool: 'info-zip', payloadBytes: 2 * MiB });
      server.route('/clean.zip', { body: fileBody(model.archive) });
      server.route('/reset.zip', { body: fileBody(model.archive), acceptRanges: true, faults: [{ kind: 'reset', afterBytes: MiB }] });
      const logger = { info: () => {}, warning: () => {}, debug: () => {} };
      for (const [route, streamedExpected] of [['/clean.zip', true], ['/reset.zip', false]] as const) {
        const target = path.join(dest, route.slice(1, -4));
        mkdirSync(target);
        const streaming = await StreamingExtraction.start(target);
        const archive = path.join(dir, `download-${route.slice(1)}`);
        const download = await downloadFile({ url: server.url(route), destination: archive, logger, tap: streaming, backoffMs: 1 });
        expect(download.sha256).toBe(model.sha256);
        const outcome = await streaming.finish(archive);
        expect(outcome.streamed).toBe(streamedExpected);
        expect(digestTree(path.join(target, 'm'))).toEqual(voskModelDigests({ name: 'm', payloadBytes: 2 * MiB }));
      }
      expect(server.requestsTo('/reset.zip').map((r) => r.range)).toEqual([undefined, `bytes=${MiB}-`]);
    } finally {
      await server.close();
    }
  });

  it('cancel() stops writing at once', async () => {
    const { dir, dest } = scratch();
    const model = await createVoskModelArchive(dir, { name: 'm', payloadBytes: 300_000 });
    const data = readFileSync(model.archive);
    const streaming = await StreamingExtraction.start(dest);
    await streaming.write(data.subarray(0, 100_000));
    await streaming.cancel();
    const before = digestTree(dest);
    await streaming.write(data.subarray(100_000));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(digestTree(dest)).toEqual(before);
  });
});

/** Rewrites the uncompressed size the central directory declares for `name`. */
function declareZipSize(archive: string, name: string, size: number): void {
  const zip = readFileSync(archive);
  for (let at = zip.indexOf('PK\x01\x02'); at !== -1; at = zip.indexOf('PK\x01\x02', at + 4)) {
    const nameLength = zip.readUInt16LE(at + 28);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) !== name) continue;
    zip.writeUInt32LE(size, at + 24);
    writeFileSync(archive, zip);
    return;
  }
  throw new Error(`no central directory entry for ${name}`);
}
