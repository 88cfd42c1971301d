import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rename, rm, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError, describeError } from '../errors.ts';
import type { Logger } from '../logging.ts';
import { addMarker, isInUse, UNCHECKED_MARKER_TTL_MS, type InUseMarker } from './in-use.ts';
import { defaultLockTiming, withLock, type HeldLock, type LockTiming } from './lock.ts';
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
  /** The in-use marker to remove when the job is done (see {@link LocalStore.release}). */
  marker?: string;
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
 *     <root>/.staging/<kind>-<id>-…/  downloads and extractions in progress
 *     <root>/.locks/<kind>-<id>.lock  one inter-process lock per entry
 *     <root>/.in-use/<kind>-<id>/     markers of jobs using an entry (eviction skips those)
 *     <root>/.trash/                  entries being deleted
 *
 * An entry appears by a single rename of a staged directory that already holds its manifest,
 * so a crash at any moment leaves either the old state or the new one, never a partial entry
 * where a later run would use it. Leftovers are cleaned by the next holder of the entry's lock.
 */
export class LocalStore {
  readonly root: string;

  constructor(
    root: string,
    private readonly logger: Logger,
    private readonly lockTiming: LockTiming = defaultLockTiming,
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

  /** Reads the entry's state without locking (a manifest read and a stat per file). */
  async inspect(ref: EntryRef, options: { full?: boolean; expectedSha256?: string } = {}): Promise<EntryStatus> {
    const entry = this.entryPath(ref);
    const exists = await stat(entry).then(
      (info) => info.isDirectory(),
      () => false,
    );
    if (!exists) return { state: 'missing', path: entry, problems: [] };
    const manifest = await readManifest(entry);
    if (!manifest) return { state: 'damaged', path: entry, problems: [`${MANIFEST_FILE} is missing or unreadable (an interrupted install?)`] };
    const problems = await verifyEntry(entry, manifest, options.full === true);
    if (options.expectedSha256 && manifest.sha256.toLowerCase() !== options.expectedSha256.toLowerCase()) {
      problems.unshift(`installed from an archive with sha256 ${manifest.sha256}, but ${options.expectedSha256} is expected now`);
    }
    return { state: problems.length ? 'damaged' : 'valid', path: entry, manifest, problems };
  }

  /**
   * Returns a valid entry, installing it with `produce` when it is missing or damaged. The
   * entry's lock is held throughout, so concurrent callers for one entry produce it once and
   * the rest wait, while other entries proceed in parallel. `produce` gets a signal that aborts
   * when another job took the lock over (this one stalled too long): the install then starts
   * over under the lock, and finds the other job's entry if it made one.
   *
   * With `holderPid`, the entry is marked in use (best effort: a cached entry is served even on
   * a full disk). When no marker can be written, the entry is pinned instead (its last use set a
   * day ahead), which eviction respects just the same.
   */
  async provide(
    ref: EntryRef,
    options: {
      full?: boolean;
      expectedSha256?: string;
      /** Record this process (by pid) as a user of the entry until {@link release}. */
      holderPid?: number;
      job?: string;
      produce: (stagingDir: string, signal: AbortSignal) => Promise<InstallProduct>;
    },
  ): Promise<Provided> {
    const slug = this.slug(ref);
    const holder = options.holderPid ? { pid: options.holderPid, ...(options.job ? { job: options.job } : {}) } : undefined;
    return withLock(path.join(this.root, '.locks', slug), ref.id, this.lockTiming, this.logger, async (lock) => {
      await this.removeLeftovers(slug);
      const status = await this.inspect(ref, options);
      if (status.state === 'valid') {
        await this.touch(status.path);
        const marker = holder && (await this.mark(ref, status.path, holder));
        return { path: status.path, manifest: status.manifest!, hit: true, repaired: [], ...(marker ? { marker } : {}) };
      }
      if (status.state === 'damaged') this.logger.warning(`The cached ${ref.id} is damaged and will be reinstalled: ${status.problems.join('; ')}.`);
      const manifest = await this.install(ref, slug, lock, options.produce);
      const marker = holder && (await this.mark(ref, status.path, holder));
      return { path: status.path, manifest, hit: false, repaired: status.problems, ...(marker ? { marker } : {}) };
    });
  }

  /** Produces the entry in a staging dir of its own and moves it into place; the staging dir never outlives the call. */
  private async install(ref: EntryRef, slug: string, lock: HeldLock, produce: (stagingDir: string, signal: AbortSignal) => Promise<InstallProduct>): Promise<Manifest> {
    await mkdir(path.join(this.root, '.staging'), { recursive: true });
    const staging = await mkdtemp(path.join(this.root, '.staging', `${slug}-`));
    try {
      const product = await produce(staging, lock.signal);
      const fields = { id: ref.id, source: product.source, sha256: product.sha256, archiveBytes: product.archiveBytes };
      const manifest = product.files ? assembleManifest(fields, product.files) : await buildManifest(product.contentDir, fields);
      await writeManifest(product.contentDir, manifest);
      await lock.confirm(); // never move an entry into place under a lock another job has taken over
      await this.replace(ref, product.contentDir);
      return manifest;
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
   * Marks the entry in use by `holder`, best effort. When no marker can be written (a full disk,
   * say), pins the entry instead: eviction skips an entry used "in the future", and setting a
   * time needs no free space. Only when both fail may another job evict it meanwhile.
   */
  private async mark(ref: EntryRef, entry: string, holder: Omit<InUseMarker, 'host' | 'createdAt'>): Promise<string | undefined> {
    try {
      const { file, emptyBecause } = await addMarker(this.inUseDir(ref), holder);
      if (emptyBecause !== undefined) {
        this.logger.warning(`The in-use marker of ${ref.id} is empty (${describeError(emptyBecause)}); its name alone marks the model as in use by this job.`);
      }
      return file;
    } catch (error: unknown) {
      const until = new Date(Date.now() + UNCHECKED_MARKER_TTL_MS);
      const pinned = await utimes(path.join(entry, MANIFEST_FILE), until, until).then(
        () => true,
        () => false,
      );
      const consequence = pinned
        ? `it is kept from eviction until ${until.toISOString()} instead`
        : 'nor pinned, so a job evicting with max-cache-size could remove it while this job runs';
      this.logger.warning(`Could not mark ${ref.id} as in use by this job in ${this.inUseDir(ref)} (${describeError(error)}); ${consequence}.`);
      return undefined;
    }
  }

  /** Removes an in-use marker written by {@link provide}. */
  async release(marker: string): Promise<void> {
    if (!path.resolve(marker).startsWith(path.join(this.root, '.in-use') + path.sep)) return;
    await rm(marker, { force: true });
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
        result.push({ ...ref, path: entryPath, ...(manifest ? { manifest } : {}), lastUsed, inUse: await this.inUse(ref, lastUsed) });
      }
    }
    return result.sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
  }

  /** Deletes an entry under its lock; false when another job holds or uses it. */
  async remove(ref: EntryRef): Promise<boolean> {
    const slug = this.slug(ref);
    try {
      return await withLock(path.join(this.root, '.locks', slug), ref.id, { ...this.lockTiming, waitMs: 0 }, this.logger, async (lock) => {
        const lastUsed = await stat(path.join(this.entryPath(ref), MANIFEST_FILE)).then((s) => s.mtime, () => new Date(0));
        if (await this.inUse(ref, lastUsed)) return false;
        await lock.confirm();
        await this.discard(ref, this.entryPath(ref));
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

  /** A live job uses the entry, or might: a marker says so (or cannot be judged), or it is pinned. */
  private async inUse(ref: EntryRef, lastUsed: Date): Promise<boolean> {
    return lastUsed.getTime() > Date.now() || (await isInUse(this.inUseDir(ref)));
  }

  /** Swaps the new content in: the old entry (if any) is renamed away first, then deleted. */
  private async replace(ref: EntryRef, contentDir: string): Promise<void> {
    const entry = this.entryPath(ref);
    await mkdir(path.dirname(entry), { recursive: true });
    const old = await this.moveToTrash(ref, entry);
    await rename(contentDir, entry);
    if (old) await rm(old, { recursive: true, force: true });
  }

  private async discard(ref: EntryRef, entry: string): Promise<void> {
    const old = await this.moveToTrash(ref, entry);
    if (old) await rm(old, { recursive: true, force: true });
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

  /** Staging dirs and trash of this entry left by a crashed run (we hold its lock now). */
  private async removeLeftovers(slug: string): Promise<void> {
    for (const dir of ['.staging', '.trash']) {
      const names = await readdir(path.join(this.root, dir)).catch(() => [] as string[]);
      for (const name of names) {
        if (name.startsWith(`${slug}-`)) await rm(path.join(this.root, dir, name), { recursive: true, force: true });
      }
    }
  }
}

function checkId(id: string): string {
  // Ids become directory names: nothing that could climb out of the store.
  if (!SAFE_ID.test(id) || id.includes('..')) throw new ConfigurationError(`'${id}' is not a valid name: use letters, digits, '.', '_', '+' and '-' only.`);
  return id;
}
