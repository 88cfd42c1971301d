import { describe, expect, it } from '@jest/globals';
import { buildCacheKey, canonicalJson, MAX_KEY_LENGTH, type CacheKeyParts } from '../../packages/core/src/cache-key/key.ts';

const base: CacheKeyParts = { prefix: 'npm', os: 'Linux', arch: 'X64', labels: [], extra: [] };
const hash = 'a'.repeat(64);

describe('buildCacheKey', () => {
  it('orders segments from most stable to most volatile', () => {
    const { key } = buildCacheKey({ ...base, labels: ['gpu'], extra: ['node24'], job: 'test', matrix: { shard: 1 }, filesHash: hash });
    expect(key).toMatch(new RegExp(`^npm-Linux-X64-gpu-node24-test-m[0-9a-f]{12}-${hash}$`));
  });

  it('restore keys go from most to least specific, each a strict prefix at a segment boundary', () => {
    const { key, restoreKeys } = buildCacheKey({ ...base, labels: ['gpu'], extra: ['v2'], job: 'build', matrix: { node: 20 }, filesHash: hash });
    expect(restoreKeys).toHaveLength(5);
    expect(restoreKeys.at(-1)).toBe('npm-Linux-X64-');
    for (const [i, restoreKey] of restoreKeys.entries()) {
      expect(key.startsWith(restoreKey)).toBe(true);
      expect(restoreKey.length).toBeLessThan(key.length);
      expect(restoreKey.endsWith('-')).toBe(true);
      if (i > 0) expect(restoreKeys[i - 1]!.startsWith(restoreKey)).toBe(true);
    }
  });

  it('never falls back to another platform', () => {
    const { restoreKeys } = buildCacheKey({ ...base, filesHash: hash });
    expect(restoreKeys).toEqual(['npm-Linux-X64-']);
    expect(buildCacheKey(base).restoreKeys).toEqual([]);
  });

  it('treats labels as unordered and case-insensitive', () => {
    const a = buildCacheKey({ ...base, labels: ['self-hosted', 'Linux', 'GPU'] }).key;
    const b = buildCacheKey({ ...base, labels: ['gpu', 'self-hosted', 'linux', 'gpu'] }).key;
    expect(a).toBe(b);
    expect(a).toBe('npm-Linux-X64-gpu+linux+self-hosted');
  });

  it('gives every job and matrix leg its own key, independent of matrix key order', () => {
    const legA = buildCacheKey({ ...base, job: 'test', matrix: { os: 'linux', node: 20 } }).key;
    const legA2 = buildCacheKey({ ...base, job: 'test', matrix: { node: 20, os: 'linux' } }).key;
    const legB = buildCacheKey({ ...base, job: 'test', matrix: { os: 'linux', node: 22 } }).key;
    const otherJob = buildCacheKey({ ...base, job: 'lint', matrix: { os: 'linux', node: 20 } }).key;
    expect(legA).toBe(legA2);
    expect(new Set([legA, legB, otherJob]).size).toBe(3);
  });

  it('omits an empty matrix', () => {
    expect(buildCacheKey({ ...base, job: 'test', matrix: null }).key).toBe('npm-Linux-X64-test');
    expect(buildCacheKey({ ...base, job: 'test', matrix: {} }).key).toBe('npm-Linux-X64-test');
  });

  it('removes commas and whitespace, which the cache service rejects', () => {
    const { key, restoreKeys } = buildCacheKey({ ...base, prefix: 'my cache,v1', extra: ['a, b'] });
    expect(key).toBe('my_cache_v1-Linux-X64-a_b');
    expect([key, ...restoreKeys].some((k) => k.includes(',') || /\s/.test(k))).toBe(false);
  });

  it('hashes long parts instead of cutting them, so different values stay different', () => {
    const long1 = `${'x'.repeat(100)}1`;
    const long2 = `${'x'.repeat(100)}2`;
    const a = buildCacheKey({ ...base, extra: [long1] }).key;
    const b = buildCacheKey({ ...base, extra: [long2] }).key;
    expect(a).not.toBe(b);
    expect(a.length).toBeLessThan(120);
  });

  it('stays within 512 characters however many parts there are', () => {
    const extra = Array.from({ length: 40 }, (_, i) => `part-${i}-${'y'.repeat(60)}`);
    const { key, restoreKeys } = buildCacheKey({ ...base, extra, job: 'j', matrix: { a: 1 }, filesHash: hash });
    expect(key.length).toBeLessThanOrEqual(MAX_KEY_LENGTH);
    for (const restoreKey of restoreKeys) expect(key.startsWith(restoreKey)).toBe(true);
    const changed = buildCacheKey({ ...base, extra: [...extra.slice(0, 39), 'other'], job: 'j', matrix: { a: 1 }, filesHash: hash }).key;
    expect(changed).not.toBe(key);
  });

  it("gives the README worked example's key", () => {
    const { key, restoreKeys } = buildCacheKey({ ...base, prefix: 'npm-v1', labels: ['self-hosted', 'linux', 'x64', 'gpu'], job: 'test', matrix: { node: 20 }, filesHash: hash });
    expect(key).toBe(`npm-v1-Linux-X64-gpu+linux+self-hosted+x64-test-m42f136f79983-${hash}`);
    expect(restoreKeys[1]).toBe('npm-v1-Linux-X64-gpu+linux+self-hosted+x64-test-');
  });

  it('is deterministic', () => {
    const parts: CacheKeyParts = { ...base, labels: ['b', 'a'], extra: ['e'], job: 'j', matrix: { z: [1, { y: 2, x: 1 }] }, filesHash: hash };
    expect(buildCacheKey(parts)).toEqual(buildCacheKey(structuredClone(parts)));
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}');
  });
});
