import { createHash } from '../lazy-builtins.ts';
import { rm } from 'node:fs/promises';
import { buildCacheKey } from '../cache-key/key.ts';
import { detectCacheFilesystem, type CacheFilesystem } from '../cache-store/filesystem.ts';
import { startLeaseKeeper } from '../cache-store/lease-keeper.ts';
import { DEFAULT_LEASE_TTL_MS, type Lease } from '../cache-store/leases.ts';
import { LocalStore, type EntryRef, type ListedEntry, type Provided } from '../cache-store/local-store.ts';
import { defaultLockTiming, lockTimingFor, type LockTiming } from '../cache-store/lock.ts';
import { describeError } from '../errors.ts';
import { group, untrusted, type Logger } from '../logging.ts';
import { PhaseClock, type StepPhase } from '../phase-clock.ts';
import { formatDuration } from '../units.ts';
import { explainSystemError, withSystemErrors } from '../system-errors.ts';
import type { SetupVoskConfig } from './config.ts';
import type { FetchSettings, produceModel } from './install.ts';
import { linkInto } from './link.ts';
import { nowMs } from '../clock.ts';

/** Where a model came from in this run. */
export type ModelSource = 'local-cache' | 'actions-cache' | 'download';

/** One provided entry (a model or the library). */
export interface ProvidedEntry {
  name: string;
  path: string;
  source: ModelSource;
  cacheHit: boolean;
  sha256: string;
  bytes: number;
  elapsedMs: number;
  /** Where `elapsedMs` went, by phase (they add up to it). */
  phasesMs: Partial<Record<StepPhase, number>>;
  /** Problems of a damaged cached copy that was reinstalled. */
  repaired: string[];
}

/** Everything setup-vosk did. */
export interface SetupVoskResult {
  models: ProvidedEntry[];
  libvosk?: ProvidedEntry;
  /** Where `path` links point, by model name. */
  links: Record<string, string>;
  evicted: ListedEntry[];
  /** Leases on the entries, for the post step to end. */
  leases: Lease[];
  /** The cache's filesystem, with the lock and lease times chosen for it (local strategy only). */
  sharing?: { filesystem: CacheFilesystem; staleMs: number; leaseTtlMs: number; keeperPid?: number };
}

/** Options that are not user inputs. */
export interface SetupVoskOptions {
  logger: Logger;
  /** The process whose lifetime bounds the job's use of cached entries (the runner worker). */
  holderPid?: number;
  job?: string;
  lockTiming?: LockTiming;
  /** Lifetime of a lease without renewal (RUNNER_KIT_LEASE_TTL_MS). */
  leaseTtlMs?: number;
  /** The lease keeper's script (the bundle's `lease-keeper` entry), started when leases were taken. */
  leaseKeeperScript?: string;
}

/** Provides every requested model (and libvosk) by the configured strategy. */
export async function runSetupVosk(config: SetupVoskConfig, options: SetupVoskOptions): Promise<SetupVoskResult> {
  const filesystem = config.strategy === 'local' ? await detectCacheFilesystem(config.cacheDir) : undefined;
  const timing = filesystem ? lockTimingFor(options.lockTiming ?? defaultLockTiming, filesystem) : (options.lockTiming ?? defaultLockTiming);
  const leaseTtlMs = options.leaseTtlMs ?? DEFAULT_LEASE_TTL_MS;
  if (filesystem?.network) {
    options.logger.info(
      `${untrusted(config.cacheDir)} is on a network filesystem (${filesystem.kind}): a silent lock holder is taken over after ${formatDuration(timing.staleMs)}, ` +
        `a lease of a job that died lasts ${formatDuration(leaseTtlMs)}. Mount options that keep it safe: ${filesystem.advice}.`,
    );
  }
  const store = new LocalStore(config.cacheDir, options.logger, timing, leaseTtlMs);
  const settings: FetchSettings = {
    retries: config.retries,
    logger: options.logger,
    storageRemedy: storageRemedy(config),
    ...(config.downloadTimeoutMs === undefined ? {} : { limitMs: config.downloadTimeoutMs }),
  };
  const leases: Lease[] = [];
  const models: ProvidedEntry[] = [];
  for (const spec of config.models) {
    const ref = { kind: 'models', id: spec.name };
    const entry = await group(`Vosk model ${spec.name}`, () =>
      provide(store, ref, config, options, spec.sha256, spec.url, async (staging, signal, clock) => (await installer()).produceModel(spec, staging, { ...settings, signal, clock })),
    );
    models.push(entry.result);
    if (entry.lease) leases.push(entry.lease);
  }
  let libvosk: ProvidedEntry | undefined;
  if (config.libvosk) {
    const { asset, url, sha256 } = config.libvosk;
    const ref = { kind: 'libvosk', id: `${asset.version}-${asset.platform}` };
    const entry = await group(`libvosk ${asset.version} (${asset.platform})`, () =>
      provide(store, ref, config, options, sha256, url, async (staging, signal, clock) => (await installer()).produceLibvosk(asset, url, sha256, staging, { ...settings, signal, clock })),
    );
    libvosk = entry.result;
    if (entry.lease) leases.push(entry.lease);
  }
  const linkPath = config.linkPath;
  const links = linkPath
    ? await withSystemErrors({ doing: 'linking the models into the workspace', path: linkPath, remedy: "set 'path' to a writable place in the workspace" }, () => linkInto(linkPath, models))
    : {};
  let evicted: ListedEntry[] = [];
  if (config.maxCacheSize !== undefined) {
    const keep: EntryRef[] = [...config.models.map((m) => ({ kind: 'models', id: m.name })), ...(libvosk ? [{ kind: 'libvosk', id: libvosk.name }] : [])];
    try {
      evicted = await store.evict(config.maxCacheSize, keep);
    } catch (error: unknown) {
      // The models are in place: a cache that could not be trimmed is for the next job to try again.
      options.logger.warning(`Could not evict models to honour max-cache-size: ${describeError(await explainSystemError(error))}`);
    }
    for (const entry of evicted) options.logger.info(`Evicted ${entry.kind}/${untrusted(entry.id)} (least recently used) to keep the cache under max-cache-size.`);
  }
  const keeperPid = leases.length && options.leaseKeeperScript && options.holderPid ? startLeaseKeeper(options.leaseKeeperScript, { leases, holderPid: options.holderPid, ttlMs: leaseTtlMs }) : undefined;
  const sharing = filesystem && { filesystem, staleMs: timing.staleMs, leaseTtlMs, ...(keeperPid ? { keeperPid } : {}) };
  return { models, ...(libvosk ? { libvosk } : {}), links, evicted, leases, ...(sharing ? { sharing } : {}) };
}

/**
 * The download and extraction code, loaded on a miss only: the downloader and the zip reader are
 * most of a cache hit's start-up otherwise.
 */
const installer = () => import('./install.ts');

/** `resolve 3 ms · download 812 ms · …`: where an entry's time went. */
function describePhases(phasesMs: Partial<Record<StepPhase, number>>): string {
  return Object.entries(phasesMs)
    .map(([phase, ms]) => `${phase} ${formatDuration(ms)}`)
    .join(' · ');
}

/** What to do when the cache directory's disk is full, read-only or not a directory. */
function storageRemedy(config: SetupVoskConfig): string {
  return config.strategy === 'download'
    ? "set 'cache-dir' to a writable place with room for the model (the default is under RUNNER_TEMP)"
    : "set 'cache-dir' to a writable place with room for the model, or use 'strategy: download'";
}

/** The Actions cache key of an entry: platform, name, and the archive's digest or URL. */
export function actionsCacheKey(config: SetupVoskConfig, ref: EntryRef, sha256: string | undefined, url: string): string {
  const origin = sha256 ?? `url${createHash('sha256').update(url).digest('hex').slice(0, 16)}`;
  return buildCacheKey({ prefix: 'runner-kit-vosk-v1', os: config.runner.os, arch: config.runner.arch, labels: [], extra: [ref.kind, ref.id, origin] }).key;
}

async function provide(
  store: LocalStore,
  ref: EntryRef,
  config: SetupVoskConfig,
  options: SetupVoskOptions,
  sha256: string | undefined,
  url: string,
  produce: (staging: string, signal: AbortSignal, clock: PhaseClock) => ReturnType<typeof produceModel>,
): Promise<{ result: ProvidedEntry; lease?: Lease }> {
  const started = nowMs();
  const clock = new PhaseClock();
  clock.enter('resolve');
  const check = { full: config.verify === 'full', ...(sha256 ? { expectedSha256: sha256 } : {}) };
  const holder = config.strategy === 'local' && options.holderPid ? { holderPid: options.holderPid, ...(options.job ? { job: options.job } : {}) } : {};
  let source: ModelSource | undefined;

  // Loaded only for this strategy: @actions/cache and the Azure SDK are most of the bundle (and
  // of the restore's time on a small model).
  if (config.strategy === 'actions-cache') clock.enter('restore');
  const actionsCache = config.strategy === 'actions-cache' ? await import('../cache-store/actions-cache.ts') : undefined;
  if (actionsCache) {
    const local = await store.inspect(ref, check);
    if (local.state !== 'valid') {
      const key = actionsCacheKey(config, ref, sha256, url);
      const matched = await actionsCache.restoreActionsCache([store.entryPath(ref)], key, [], options.logger);
      const restored = matched ? await store.inspect(ref, check) : undefined;
      if (restored?.state === 'valid') source = 'actions-cache';
      else {
        if (restored) options.logger.warning(`The Actions cache copy of ${ref.id} is damaged (${restored.problems.join('; ')}); downloading instead.`);
        // A failed restore may have extracted part of the archive: start the install from nothing.
        await rm(store.entryPath(ref), { recursive: true, force: true });
      }
    }
  }

  const where = { doing: `providing ${ref.id} from the cache in ${store.root}`, path: store.root, remedy: storageRemedy(config) };
  const provided: Provided = await withSystemErrors(where, () => store.provide(ref, { ...check, ...holder, clock, produce: (staging, signal) => produce(staging, signal, clock) }));
  source ??= provided.hit ? 'local-cache' : 'download';
  if (actionsCache && !provided.hit) {
    const timeoutMs = config.cacheSaveTimeoutMs ?? actionsCache.defaultSaveTimeoutMs(provided.manifest.totalBytes);
    clock.enter('save');
    await actionsCache.saveActionsCache([store.entryPath(ref)], actionsCacheKey(config, ref, sha256, url), options.logger, { timeoutMs, timeoutInput: 'cache-save-timeout' });
  }
  clock.stop();
  const result: ProvidedEntry = {
    name: ref.id,
    path: provided.path,
    source,
    cacheHit: source !== 'download',
    sha256: provided.manifest.sha256,
    bytes: provided.manifest.totalBytes,
    elapsedMs: nowMs() - started,
    phasesMs: clock.totalsMs(),
    repaired: provided.repaired,
  };
  options.logger.debug(`${untrusted(ref.id)}: ${describePhases(result.phasesMs)}.`);
  options.logger.info(`${ref.id}: ${source === 'download' ? 'downloaded' : `from the ${source === 'local-cache' ? 'local cache' : 'Actions cache'}`} → ${untrusted(provided.path)}`);
  return { result, ...(provided.lease ? { lease: provided.lease } : {}) };
}
