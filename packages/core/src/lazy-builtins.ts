import type * as NodeChildProcess from 'node:child_process';
import type * as NodeCrypto from 'node:crypto';
import type * as NodeNet from 'node:net';

// Built-in modules a step loads on first use rather than when it starts. Under Node 24 on a
// 2-core runner, loading `node:crypto` takes about 13 ms, `node:child_process` 9 ms and `node:net` 5 ms
// (test/bench/cold-start.bench.ts measures whole steps): together more than half of what a step
// costs before it works, and many paths (a rejected input, nothing to hash, a step that starts
// no process) never need them.

// Kept once loaded: a getBuiltinModule lookup costs ~2 µs, and file hashing asks once per file.
let crypto: typeof NodeCrypto | undefined;
let child: typeof NodeChildProcess | undefined;
let net: typeof NodeNet | undefined;

/** `node:crypto`, loaded on first use. */
export function nodeCrypto(): typeof NodeCrypto {
  return (crypto ??= process.getBuiltinModule('node:crypto'));
}

/** `crypto.createHash`, loading `node:crypto` on first use. */
export function createHash(algorithm: string): NodeCrypto.Hash {
  return nodeCrypto().createHash(algorithm);
}

/** `crypto.randomBytes`, loading `node:crypto` on first use. */
export function randomBytes(size: number): Buffer {
  return nodeCrypto().randomBytes(size);
}

/** `node:child_process`, loaded on first use. */
export function childProcess(): typeof NodeChildProcess {
  return (child ??= process.getBuiltinModule('node:child_process'));
}

/** `node:net`, loaded on first use. */
export function nodeNet(): typeof NodeNet {
  return (net ??= process.getBuiltinModule('node:net'));
}
