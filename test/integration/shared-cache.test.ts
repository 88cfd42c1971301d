import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { node24, repoRoot } from '../harness/index.ts';
import { sshfsRefusal, startSshfsRig, type SshfsRig } from '../fixtures/sshfs-rig.ts';

// One cache shared by several "hosts" over a real network filesystem: a directory exported by a
// private sshd on loopback and mounted twice over sshfs, once with 20 s name and attribute
// caches (as NFS with actimeo, or sshfs's default) and once without. Each job runs with a host
// name of its own (a UTS namespace), so the store sees other machines' jobs as NFS fleets do.

const refusal = sshfsRefusal();
if (refusal) console.warn(`SKIPPED (shared cache over sshfs): ${refusal}`);
const withRig = refusal ? it.skip : it;

const workerScript = path.join(repoRoot, 'test', 'fixtures', 'shared-store-worker.ts');
let rig: SshfsRig | undefined;
let scratch: string;
let cacheName: string;
let counter = 0;
const started: ChildProcess[] = [];

beforeAll(async () => {
  if (refusal) return;
  rig = await startSshfsRig();
  scratch = mkdtempSync(path.join(path.dirname(rig.export), 'journals-')); // removed with the rig
}, 30_000);

afterAll(() => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null && child.pid) process.kill(child.pid, 'SIGKILL');
  rig?.close();
});

beforeEach(() => {
  cacheName = `cache-${++counter}`;
  if (rig) mkdirSync(path.join(rig.export, cacheName));
});

type Mount = 'caching' | 'uncached';
interface Outcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
  result?: { hit: boolean; path: string; files: number; ms: number; host: string; removed?: string[] };
}

/** Starts a job on `host` using the cache through `mount`. */
function job(host: string, mount: Mount, spec: Record<string, unknown>) {
  const root = path.join(rig![mount], cacheName);
  const [command, ...args] = [...rig!.asHost(host), node24, '--import', 'tsx', workerScript, JSON.stringify({ root, journal: journalFile(), ...spec })];
  const child = spawn(command, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  let output = '';
  const lines: string[] = [];
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    lines.push(...chunk.toString().split('\n').filter((l) => l.startsWith('{')));
  });
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const parsed = () => (lines.length ? (JSON.parse(lines.at(-1)!) as Outcome['result']) : undefined);
  const done = new Promise<Outcome>((resolve) =>
    child.on('close', (code, signal) => {
      const result = parsed();
      resolve({ code, signal, output, ...(result ? { result } : {}) });
    }),
  );
  return { child, done, result: parsed, output: () => output };
}

const journalFile = () => path.join(scratch, `${cacheName}.journal`);
const produced = () => (existsSync(journalFile()) ? readFileSync(journalFile(), 'utf8').split('\n').filter(Boolean) : []);
const onServer = (...parts: string[]) => path.join(rig!.export, cacheName, ...parts);

async function waitFor(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; !condition(); ) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the condition');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function ok(run: ReturnType<typeof job>): Promise<NonNullable<Outcome['result']>> {
  const outcome = await run.done;
  expect({ code: outcome.code, output: outcome.code === 0 ? '' : outcome.output }).toEqual({ code: 0, output: '' });
  return outcome.result!;
}

describe('a cache shared by several hosts over a network filesystem', () => {
  withRig('never evicts a model another host holds, though the evicting host listed the cache moments before', async () => {
    await ok(job('host-b', 'uncached', { op: 'provide', id: 'm' })); // installed, then released (the job ended)
    await ok(job('host-a', 'caching', { op: 'provide', id: 'other' }));
    // host-a looks at the cache (and so caches what it saw), evicting nothing yet.
    expect((await ok(job('host-a', 'caching', { op: 'evict', maxBytes: 1e9 }))).removed).toEqual([]);
    const holder = job('host-b', 'uncached', { op: 'provide', id: 'm', hold: true });
    await waitFor(() => holder.result() !== undefined);
    const evicted = await ok(job('host-a', 'caching', { op: 'evict', maxBytes: 0 }));
    expect(evicted.removed).not.toContain('m');
    expect(existsSync(onServer('models', 'm', '.runner-kit-manifest.json'))).toBe(true);
    holder.child.kill('SIGKILL');
    await holder.done;
  }, 90_000);

  withRig('a live holder whose heartbeat the waiter sees through a 20 s attribute cache is not taken over', async () => {
    // The holder writes through the uncached mount; the waiter reads through the caching one.
    const holder = job('host-a', 'uncached', { op: 'provide', id: 'm', produceMs: 9000, staleMs: 3000 });
    await waitFor(() => produced().length === 1);
    const waiter = job('host-b', 'caching', { op: 'provide', id: 'm', staleMs: 3000 });
    const [a, b] = await Promise.all([ok(holder), ok(waiter)]);
    expect(produced()).toHaveLength(1);
    expect({ a: a.hit, b: b.hit }).toEqual({ a: false, b: true });
    expect(await waiter.done.then((o) => o.output)).not.toContain('Took over');
    expect(readdirSync(onServer('.staging'))).toEqual([]);
  }, 90_000);

  withRig('a hit through the caching mount right after another host released the lock takes no longer than a local hit would', async () => {
    const holder = job('host-a', 'uncached', { op: 'provide', id: 'm', produceMs: 1500 });
    await waitFor(() => produced().length === 1);
    const waiter = job('host-b', 'caching', { op: 'provide', id: 'm' }); // sees the lock held, through its cache
    await ok(holder);
    const released = Date.now();
    expect((await ok(waiter)).hit).toBe(true);
    expect(Date.now() - released).toBeLessThan(5000); // not the 20 s the cache keeps a removed lock
    const again = await ok(job('host-b', 'caching', { op: 'provide', id: 'm' }));
    expect(again).toMatchObject({ hit: true });
    expect(again.ms).toBeLessThan(1000);
  }, 90_000);

  withRig("a killed pod's lease expires after its lifetime, then the model can be evicted", async () => {
    const pod = job('pod-1', 'uncached', { op: 'provide', id: 'm', hold: true, leaseTtlMs: 2000 });
    await waitFor(() => pod.result() !== undefined);
    expect((await ok(job('host-a', 'caching', { op: 'evict', maxBytes: 0 }))).removed).toEqual([]);
    pod.child.kill('SIGKILL'); // the pod dies before its post step: nothing releases the lease
    await pod.done;
    const killedAt = Date.now();
    let removed: string[] = [];
    while (removed.length === 0 && Date.now() - killedAt < 20_000) {
      removed = (await ok(job('host-a', 'caching', { op: 'evict', maxBytes: 0 }))).removed ?? [];
    }
    expect(removed).toEqual(['m']);
    expect(Date.now() - killedAt).toBeLessThan(15_000); // lifetime 2 s + clock margin 2 s + a job's start-up
  }, 90_000);

  withRig('cold: three jobs on each of two hosts, one mount each, download once and get the same model', async () => {
    const jobs = [...['a1', 'a2', 'a3'].map(() => job('host-a', 'caching', { op: 'provide', id: 'm', produceMs: 500 })), ...['b1', 'b2', 'b3'].map(() => job('host-b', 'uncached', { op: 'provide', id: 'm', produceMs: 500 }))];
    const results = await Promise.all(jobs.map(ok));
    expect(produced()).toHaveLength(1);
    expect(results.filter((r) => !r.hit)).toHaveLength(1);
    expect(results.every((r) => r.files === 3)).toBe(true);
  }, 90_000);

  withRig('a holder SIGKILLed mid-install on one host: a job on the other takes over, installs, and leaves no staging', async () => {
    const victim = job('host-a', 'caching', { op: 'provide', id: 'm', produceMs: 60_000, staleMs: 2000 });
    await waitFor(() => produced().length === 1);
    victim.child.kill('SIGKILL');
    await victim.done;
    const next = await ok(job('host-b', 'caching', { op: 'provide', id: 'm', staleMs: 2000 }));
    expect(next).toMatchObject({ hit: false, files: 2 });
    expect(produced()).toHaveLength(2);
    expect(readdirSync(onServer('.staging'))).toEqual([]);
  }, 90_000);

  withRig('a holder stopped past the stale time and resumed never publishes over the job that took over, and does not crash', async () => {
    const stalled = job('host-a', 'caching', { op: 'provide', id: 'm', produceMs: 3000, staleMs: 2000 });
    await waitFor(() => produced().length === 1);
    process.kill(stalled.child.pid!, 'SIGSTOP');
    const other = job('host-b', 'caching', { op: 'provide', id: 'm', staleMs: 2000, produceMs: 200 });
    let installed;
    try {
      installed = await ok(other);
    } finally {
      process.kill(stalled.child.pid!, 'SIGCONT');
    }
    expect(installed.hit).toBe(false);
    const manifest = readFileSync(onServer('models', 'm', '.runner-kit-manifest.json'), 'utf8');
    const resumed = await stalled.done;
    expect({ code: resumed.code, bug: resumed.output.includes('ENOENT') }).toEqual({ code: 0, bug: false });
    expect(readFileSync(onServer('models', 'm', '.runner-kit-manifest.json'), 'utf8')).toBe(manifest); // not republished
    expect(produced()).toHaveLength(2);
    expect(readdirSync(onServer('.staging'))).toEqual([]);
  }, 90_000);
});
