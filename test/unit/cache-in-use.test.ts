import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { LocalStore } from '../../packages/core/src/cache-store/local-store.ts';
import { MANIFEST_FILE } from '../../packages/core/src/cache-store/manifest.ts';
import type { Logger } from '../../packages/core/src/logging.ts';
import { node24 } from '../harness/index.ts';
import { bindReadOnly, mountRefusal } from '../fixtures/mounts.ts';

// "Could not mark an entry in use" must never let another job evict it: what eviction makes of
// markers it cannot read, and of entries no marker could be written for.

const refusal = mountRefusal();
if (refusal) console.warn(`SKIPPED (read-only marker directory): ${refusal}`);
const withMounts = refusal ? it.skip : it;

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (m) => lines.push(`info ${m}`), warning: (m) => lines.push(`warning ${m}`), debug: () => {} };
}

function producer(id: string) {
  return async (staging: string) => {
    const content = path.join(staging, 'content');
    mkdirSync(path.join(content, 'am'), { recursive: true });
    writeFileSync(path.join(content, 'am', 'final.mdl'), Buffer.alloc(1000, 7));
    return { contentDir: content, source: `test://${id}`, sha256: 'a'.repeat(64), archiveBytes: 1000 };
  };
}

let root: string;
let scratch: string;
beforeEach(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'rk-in-use-'));
  root = path.join(scratch, 'cache');
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

const markersDir = () => path.join(root, '.in-use', 'models-m1');

describe('in-use markers eviction cannot judge', () => {
  it('an empty marker counts by its name: live while its pid lives, removed once it is dead', async () => {
    const store = new LocalStore(root, recordingLogger());
    await store.provide({ kind: 'models', id: 'm1' }, { produce: producer('m1') });
    mkdirSync(markersDir(), { recursive: true });
    const live = path.join(markersDir(), `${os.hostname()}-${process.pid}-0123abcd.json`);
    closeSync(openSync(live, 'w')); // what a full disk leaves: the file, no contents
    expect(await store.evict(0)).toEqual([]);
    rmSync(live);
    const dead = spawn(node24, ['-e', '']);
    await new Promise((resolve) => dead.on('close', resolve));
    closeSync(openSync(path.join(markersDir(), `${os.hostname()}-${dead.pid}-0123abcd.json`), 'w'));
    expect((await store.evict(0)).map((e) => e.id)).toEqual(['m1']);
  });

  it('a marker that says nothing (no readable contents, no known name) keeps the entry for a day', async () => {
    const store = new LocalStore(root, recordingLogger());
    await store.provide({ kind: 'models', id: 'm1' }, { produce: producer('m1') });
    mkdirSync(markersDir(), { recursive: true });
    const odd = path.join(markersDir(), 'something-else');
    writeFileSync(odd, '{"half": ');
    expect(await store.evict(0)).toEqual([]);
    const dayAgo = new Date(Date.now() - 25 * 60 * 60 * 1000);
    utimesSync(odd, dayAgo, dayAgo);
    expect((await store.evict(0)).map((e) => e.id)).toEqual(['m1']);
  });

  withMounts('no marker can be written (a read-only marker directory): the entry is served, pinned and not evicted', async () => {
    const logger = recordingLogger();
    const store = new LocalStore(root, logger);
    await store.provide({ kind: 'models', id: 'm1' }, { produce: producer('m1') });
    mkdirSync(path.join(root, '.in-use'));
    const undo = bindReadOnly(path.join(root, '.in-use'));
    try {
      const provided = await store.provide({ kind: 'models', id: 'm1' }, { produce: producer('m1'), holderPid: process.pid });
      expect(provided).toMatchObject({ hit: true, path: path.join(root, 'models', 'm1') });
      expect(provided.marker).toBeUndefined();
      const warnings = logger.lines.filter((l) => l.startsWith('warning'));
      expect(warnings).toEqual([expect.stringMatching(/^warning Could not mark m1 as in use by this job in .*\.in-use\/models-m1 \(.*\); it is kept from eviction until \d{4}-\d\d-\d\dT.*Z instead\.$/)]);
      const pinnedUntil = statSync(path.join(root, 'models', 'm1', MANIFEST_FILE)).mtimeMs;
      expect(pinnedUntil).toBeGreaterThan(Date.now() + 23 * 60 * 60 * 1000);
      expect(await store.evict(0)).toEqual([]);
      expect((await store.list())[0]).toMatchObject({ id: 'm1', inUse: true });
      // Another job's hit records its use without shortening the pin.
      await store.provide({ kind: 'models', id: 'm1' }, { produce: producer('m1') });
      expect(statSync(path.join(root, 'models', 'm1', MANIFEST_FILE)).mtimeMs).toBe(pinnedUntil);
    } finally {
      undo();
    }
    expect(existsSync(path.join(root, 'models', 'm1'))).toBe(true);
    expect(readdirSync(path.join(root, '.in-use'))).toEqual([]);
  });
});
