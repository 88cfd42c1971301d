import { randomBytes } from '../lazy-builtins.ts';
import { mkdir, mkdtemp, readdir, rename, rm, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError, describeError, ExternalError } from '../errors.ts';
import { untrusted, type Logger } from '../logging.ts';
import { isInUse, UNCHECKED_MARKER_TTL_MS } from './in-use.ts';
import { anyLiveLease, DEFAULT_LEASE_TTL_MS, readLeases, releaseLease, takeLease, type Lease, type LeaseHolder } from './leases.ts';
import { defaultLockTiming, withLock, type HeldLock, type LockTiming } from './lock.ts';
import type { PhaseClock } from '../phase-clock.ts';
import { assembleManifest, buildManifest, MANIFEST_FILE, readManifest, verifyEntry, writeManifest, type Manifest, type ManifestFile } from './manifest.ts';

/** An entry of the store: a kind (folder) and an id that is safe as a file name. */
export interface EntryRef {
  kind: string;
  id: string;
}

/** What an installer hands back: a directory inside the staging dir, ready to move into place. */
export interface InstallProduct {
  contentDir: string;
  source: string;
  sha256: string;
  archiveBytes: number;
  /** Every regular file under contentDir, already hashed; when absent the store hashes them. */
  files?: ManifestFile[];
}

/** The state of an entry on disk. */
export interface EntryStatus {
  state: 'valid' | 'missing' | 'damaged';
  path: string;
  manifest?: Manifest;
  problems: string[];
}

/** How {@link LocalStore.provide} ended. */
export interface Provided {
  path: string;
  manifest: Manifest;
  /** True when the entry was already there and valid. */
  hit: boolean;
  /** Why a damaged entry had to be reinstalled. */
  repaired: string[];
  /** The lease to end when the job is done (see {@link LocalStore.release}). */
  lease?: Lease;
}

/** One entry as listed for admins and eviction. */
export interface ListedEntry extends EntryRef {
  path: string;
  manifest?: Manifest;
  /** Last use, for LRU eviction; in the future while the entry is pinned (see {@link LocalStore.provide}). */
  lastUsed: Date;
  /** A live job holds it, or might (a marker that cannot be judged, a pin): never evicted. */
  inUse: boolean;
}

const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,199}$/;

/**
 * A persistent cache of extracted archives (models, libraries) on one filesystem:
 *
 *     <root>/<kind>/<id>/             complete entries, each with its manifest inside
 *     <root>/.staging/<kind>-<id>-<lock token>-…/  downloads and extractions in progress
 *     <root>/.locks/<kind>-<id>.held/      one inter-process lock per entry (see lock.ts)
 *     <root>/.leases/<kind>-<id>/0 … 63    leases of jobs using an entry (eviction skips those)
 *     <root>/.in-use/<kind>-<id>/          markers of older runner-kit versions (still honoured)
 *     <root>/.trash/                       entries being deleted
 *
 * An entry appears by a single rename of a staged directory that already holds its manifest,
 * so a crash at any moment leaves either the old state or the new one, never a partial entry
 * where a later run would use it; the rename fails rather than replace an entry another host
 * published meanwhile. Leftovers are cleaned by the next holder of the entry's lock. Hits take
 * no lock: the manifest (read fresh) and a lease. The store may be shared by many machines over
 * a network filesystem: nothing relies on attributes or directory listings another host changed.
 */
export class LocalStore {
  readonly root: string;

  constructor(
    root: string,
    private readonly logger: Logger,
    private readonly lockTiming: LockTiming = defaultLockTiming,
    /** Lifetime of a lease without renewal (see leases.ts). */
    readonly leaseTtlMs: number = DEFAULT_LEASE_TTL_MS,
  ) {
    this.root = path.resolve(root);
  }

  entryPath(ref: EntryRef): string {
    return path.join(this.root, ref.kind, checkId(ref.id));
  }

  private slug(ref: EntryRef): string {
    return `${ref.kind}-${checkId(ref.id)}`;
  }

  private inUseDir(ref: EntryRef): string {
    return path.join(this.root, '.in-use', this.slug(ref));
  }

  private leaseDir(ref: EntryRef): string {
    return path.join(this.root, '.leases', this.slug(ref));
  }

  private lockPath(ref: EntryRef): string {
    return path.join(this.root, '.locks', this.slug(ref));
  }

  /** Reads the entry's state without locking (a fresh manifest read and a stat per file). */
  async inspect(ref: EntryRef, options: { full?: boolean; expectedSha256?: string } = {}): Promise<EntryStatus> {
    const entry = this.entryPath(ref);
    const manifest = await readManifest(entry);
    const exists =
      manifest !== undefined ||
      (await stat(entry).then(
        (info) => info.isDirectory(),
        () => false,
      ));
    if (!exists) return { state: 'missing', path: entry, problems: [] };
    if (!manifest) return { state: 'damaged', path: entry, problems: [`${MANIFEST_FILE} is missing or unreadable (an interrupted install?)`] };
    const problems = await verifyEntry(entry, manifest, options.full === true);
    if (options.expectedSha256 && manifest.sha256.toLowerCase() !== options.expectedSha256.toLowerCase()) {
      problems.unshift(`installed from an archive with sha256 ${manifest.sha256}, but ${options.expectedSha256} is expected now`);
    }
    return { state: problems.length ? 'damaged' : 'valid', path: entry, manifest, problems };
  }

  /**
   * Returns a valid entry, installing it with `produce` when it is missing or damaged. A valid
   * entry is served without the lock (its manifest read fresh, then a lease). Otherwise the
   * entry's lock is held, so concurrent callers for one entry (on any host sharing the store)
   * produce it once and the rest wait, while other entries proceed in parallel. `produce` gets
   * a signal that aborts when another job took the lock over (this one stalled too long): the
   * install then starts over under the lock, and finds the other job's entry if it made one.
   *
   * With `holderPid`, the job takes a lease on the entry (best effort: a cached entry is served
   * even on a full disk). When no lease can be written, the entry is pinned instead (its last use
   * set a day ahead), which eviction respects just the same.
   */
  async provide(
    ref: EntryRef,
    options: {
      full?: boolean;
      expectedSha256?: string;
      /** Record this process (by pid) as a user of the entry until {@link release}. */
      holderPid?: number;
      job?: string;
      /** Told when the wait for the lock, the install and the publishing begin. */
      clock?: PhaseClock;
      produce: (stagingDir: string, signal: AbortSignal) => Promise<InstallProduct>;
    },
  ): Promise<Provided> {
    const slug = this.slug(ref);
    const holder = options.holderPid ? { pid: options.holderPid, ...(options.job ? { job: options.job } : {}) } : undefined;
    const hit = await this.hitWithoutLock(ref, options, holder);
    if (hit) return hit;
    const clock = options.clock;
    clock?.enter('lock');
    return withLock(this.lockPath(ref), ref.id, this.lockTiming, this.logger, async (lock) => {
      clock?.enter('resolve');
      await this.removeLeftovers(slug, lock.token);
      const status = await this.inspect(ref, options);
      if (status.state === 'valid') {
        await this.touch(status.path);
        const lease = holder && (await this.mark(ref, status.path, holder));
        return { path: status.path, manifest: status.manifest!, hit: true, repaired: [], ...(lease ? { lease } : {}) };
      }
      if (status.state === 'damaged') this.logger.warning(`The cached ${ref.id} is damaged and will be reinstalled: ${status.problems.join('; ')}.`);
      const manifest = await this.install(ref, slug, lock, options.produce, status.state === 'damaged', clock);
      const lease = holder && (await this.mark(ref, status.path, holder));
      return { path: status.path, manifest, hit: false, repaired: status.problems, ...(lease ? { lease } : {}) };
    });
  }

  /**
   * A hit as a shared store allows it: no lock, the manifest read fresh, a lease. An eviction
   * that decided before the lease appeared has moved the entry away by the time we look again
   * (it checks the leases again after the move and puts the entry back if one appeared), so a
   * second fresh manifest read settles it.
   */
  private async hitWithoutLock(ref: EntryRef, options: { full?: boolean; expectedSha256?: string }, holder: LeaseHolder | undefined): Promise<Provided | undefined> {
    const status = await this.inspect(ref, options);
    if (status.state !== 'valid') return undefined;
    const lease = holder && (await this.mark(ref, status.path, holder));
    if (lease && (await readManifest(status.path)) === undefined) {
      await releaseLease(lease);
      return undefined;
    }
    await this.touch(status.path);
    return { path: status.path, manifest: status.manifest!, hit: true, repaired: [], ...(lease ? { lease } : {}) };
  }

  /** Produces the entry in a staging dir of its own and moves it into place; the staging dir never outlives the call. */
  private async install(
    ref: EntryRef,
    slug: string,
    lock: HeldLock,
    produce: (stagingDir: string, signal: AbortSignal) => Promise<InstallProduct>,
    replacing: boolean,
    clock: PhaseClock | undefined,
  ): Promise<Manifest> {
    await mkdir(path.join(this.root, '.staging'), { recursive: true });
    // The lock's token in the name: a later holder knows this staging dir is not its own.
    const staging = await mkdtemp(path.join(this.root, '.staging', `${slug}-${lock.token}-`));
    try {
      const product = await produce(staging, lock.signal);
      clock?.enter('verify');
      const fields = { id: ref.id, source: product.source, sha256: product.sha256, archiveBytes: product.archiveBytes };
      const manifest = product.files ? assembleManifest(fields, product.files) : await buildManifest(product.contentDir, fields);
      clock?.enter('publish');
      await writeManifest(product.contentDir, manifest);
      await lock.confirm(); // never move an entry into place under a lock another job has taken over
      if (await this.publish(ref, product.contentDir, replacing)) return manifest;
      // Someone published first (a holder that lost the lock to us, or a runner-kit without this lock).
      const status = await this.inspect(ref);
      if (status.state === 'valid') return status.manifest!;
      throw new ExternalError(`Another process replaced ${this.entryPath(ref)} while this job held its lock, and left it damaged (${status.problems.join('; ')}); run the job again.`);
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }

  /** Records the use for LRU eviction, without shortening a pin (a last use in the future). */
  private async touch(entry: string): Promise<void> {
    const manifest = path.join(entry, MANIFEST_FILE);
    const now = new Date();
    if ((await stat(manifest)).mtimeMs < now.getTime()) await utimes(manifest, now, now);
  }

  /**
   * Leases the entry for `holder`, best effort. When no lease can be written (a read-only disk,
   * say), pins the entry instead: eviction skips an entry used "in the future", and setting a
   * time needs no free space. Only when both fail may another job evict it meanwhile.
   */
  private async mark(ref: EntryRef, entry: string, holder: LeaseHolder): Promise<Lease | undefined> {
    try {
      const { emptyBecause, ...lease } = await takeLease(this.leaseDir(ref), holder, this.leaseTtlMs);
      if (emptyBecause !== undefined) {
        this.logger.warning(`The lease of ${ref.id} is empty (${describeError(emptyBecause)}); it keeps the model from eviction for a day instead of while this job runs.`);
      }
      return lease;
    } catch (error: unknown) {
      const until = new Date(Date.now() + UNCHECKED_MARKER_TTL_MS);
      const pinned = await utimes(path.join(entry, MANIFEST_FILE), until, until).then(
        () => true,
        () => false,
      );
      const consequence = pinned
        ? `it is kept from eviction until ${until.toISOString()} instead`
        : 'nor pinned, so a job evicting with max-cache-size could remove it while this job runs';
      this.logger.warning(`Could not mark ${ref.id} as in use by this job in ${this.leaseDir(ref)} (${describeError(error)}); ${consequence}.`);
      return undefined;
    }
  }

  /** Ends a lease taken by {@link provide}. */
  async release(lease: Lease): Promise<void> {
    if (!path.resolve(lease.file).startsWith(path.join(this.root, '.leases') + path.sep)) return;
    await releaseLease(lease);
  }

  /** Every entry of every kind, with its manifest, last use and whether a live job holds it. */
  async list(): Promise<ListedEntry[]> {
    const result: ListedEntry[] = [];
    const kinds = await readdir(this.root, { withFileTypes: true }).catch(() => []);
    for (const kind of kinds) {
      if (!kind.isDirectory() || kind.name.startsWith('.')) continue;
      for (const entry of await readdir(path.join(this.root, kind.name), { withFileTypes: true })) {
        if (!entry.isDirectory() || !SAFE_ID.test(entry.name)) continue;
        const ref = { kind: kind.name, id: entry.name };
        const entryPath = this.entryPath(ref);
        const manifest = await readManifest(entryPath);
        const lastUsed = await stat(path.join(entryPath, manifest ? MANIFEST_FILE : '')).then((s) => s.mtime);
        const inUse = await this.inUse(ref, lastUsed, async () => (await readLeases(this.leaseDir(ref))).some((lease) => lease.live));
        result.push({ ...ref, path: entryPath, ...(manifest ? { manifest } : {}), lastUsed, inUse });
      }
    }
    return result.sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
  }

  /**
   * Deletes an entry under its lock; false when another job holds or uses it. Hits take no
   * lock, so a lease may appear while this decides: the entry is moved away first, the leases
   * read again, and the entry put back when one appeared (the hit then finds it again).
   */
  async remove(ref: EntryRef): Promise<boolean> {
    const entry = this.entryPath(ref);
    const leased = () => anyLiveLease(this.leaseDir(ref));
    try {
      return await withLock(this.lockPath(ref), ref.id, { ...this.lockTiming, waitMs: 0 }, this.logger, async (lock) => {
        const lastUsed = await stat(path.join(entry, MANIFEST_FILE)).then((s) => s.mtime, () => new Date(0));
        if (await this.inUse(ref, lastUsed, leased)) return false;
        await lock.confirm();
        const old = await this.moveToTrash(ref, entry);
        if (!old) return false;
        if (await leased()) {
          await rename(old, entry);
          return false;
        }
        await rm(old, { recursive: true, force: true });
        return true;
      });
    } catch {
      return false; // locked by an installer or a verifier: not ours to delete now
    }
  }

  /**
   * Deletes least-recently-used entries until the store is at most `maxBytes`, never one in
   * `keep` or one a live job uses. Returns what was (or, with `dryRun`, would be) removed.
   */
  async evict(maxBytes: number, keep: readonly EntryRef[] = [], dryRun = false): Promise<ListedEntry[]> {
    const entries = await this.list();
    let total = entries.reduce((sum, e) => sum + (e.manifest?.totalBytes ?? 0), 0);
    const kept = new Set(keep.map((ref) => this.slug(ref)));
    const candidates = entries.filter((e) => !kept.has(this.slug(e)) && !e.inUse).sort((a, b) => a.lastUsed.getTime() - b.lastUsed.getTime());
    const removed: ListedEntry[] = [];
    for (const entry of candidates) {
      if (total <= maxBytes) break;
      if (dryRun || (await this.remove(entry))) {
        total -= entry.manifest?.totalBytes ?? 0;
        removed.push(entry);
      }
    }
    return removed;
  }

  /** A live job uses the entry, or might: it is pinned, a lease holds, or an older runner-kit's marker says so (or cannot be judged). */
  private async inUse(ref: EntryRef, lastUsed: Date, leased: () => Promise<boolean>): Promise<boolean> {
    return lastUsed.getTime() > Date.now() || (await leased()) || (await isInUse(this.inUseDir(ref)));
  }

  /**
   * Moves the new content into place; false when an entry is already there that this job did
   * not see (published by another host meanwhile): the rename refuses to replace a non-empty
   * directory. A damaged entry this job saw is moved away first, under the lock.
   */
  private async publish(ref: EntryRef, contentDir: string, replacing: boolean): Promise<boolean> {
    const entry = this.entryPath(ref);
    await mkdir(path.dirname(entry), { recursive: true });
    const old = replacing ? await this.moveToTrash(ref, entry) : undefined;
    try {
      await rename(contentDir, entry);
    } catch (error: unknown) {
      const code = (error as NodeJS.ErrnoException).code;
      // ENOTEMPTY/EEXIST locally and on NFS; sshfs reports a refused rename as EPERM.
      if (code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'EPERM') return false;
      throw error;
    } finally {
      if (old) await rm(old, { recursive: true, force: true });
    }
    return true;
  }

  private async moveToTrash(ref: EntryRef, entry: string): Promise<string | undefined> {
    await mkdir(path.join(this.root, '.trash'), { recursive: true });
    const trash = path.join(this.root, '.trash', `${this.slug(ref)}-${randomBytes(6).toString('hex')}`);
    try {
      await rename(entry, trash);
      return trash;
    } catch (error: unknown) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  /**
   * Staging dirs and trash of this entry left by a crashed run, or by a holder whose lock was
   * taken over (we hold the lock now). Never our own staging: its name carries our lock's token.
   */
  private async removeLeftovers(slug: string, token: string): Promise<void> {
    const ours = `${slug}-${token}-`;
    const leftover = new RegExp(`^${slug.replace(/[.+]/g, '\\$&')}-([0-9a-f]{24}-)?[^-]*$`);
    for (const dir of ['.staging', '.trash']) {
      const names = await readdir(path.join(this.root, dir)).catch(() => [] as string[]);
      for (const name of names) {
        if (!leftover.test(name) || name.startsWith(ours)) continue;
        const left = path.join(this.root, dir, name);
        // Best effort: a holder that lost the lock while stopped may resume and write into its
        // staging dir while we delete it (ENOTEMPTY). It removes that dir itself once it sees
        // the lock gone, and a later job removes what is left.
        await rm(left, { recursive: true, force: true }).catch((error: unknown) => this.logger.debug(`Could not remove ${untrusted(left)} yet (${describeError(error)}); a later job will.`));
      }
    }
    // Lock directories moved aside that could not be deleted at the time (see lock.ts).
    const asideLock = new RegExp(`^${slug.replace(/[.+]/g, '\\$&')}\\.(stale|done)-[0-9a-f]+$`);
    for (const name of await readdir(path.join(this.root, '.locks')).catch(() => [] as string[])) {
      if (asideLock.test(name)) await rm(path.join(this.root, '.locks', name), { recursive: true, force: true }).catch(() => undefined);
    }
  }
}

function checkId(id: string): string {
  // Ids become directory names: nothing that could climb out of the store.
  if (!SAFE_ID.test(id) || id.includes('..')) throw new ConfigurationError(`'${id}' is not a valid name: use letters, digits, '.', '_', '+' and '-' only.`);
  return id;
}
