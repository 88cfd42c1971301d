import { describeError } from '../errors.ts';
import type { LocalStore } from '../cache-store/local-store.ts';

/** What the model cache holds, as `runner-kit vosk list` sees it. */
export interface ModelCacheSummary {
  entries: number;
  /** Bytes of complete entries, as their manifests record them. */
  bytes: number;
  /** Entries a running job has marked as in use (eviction skips them). */
  inUse: number;
  /** Entries without a manifest: an install in progress or interrupted. */
  incomplete: number;
  /** When an entry was last used (ms since the epoch); undefined for an empty cache. */
  lastUsedMs?: number;
}

/** The store's entries summed up; `error` says why the store could not be read (never thrown). */
export async function summarizeModelCache(store: LocalStore): Promise<ModelCacheSummary | { error: string }> {
  try {
    const entries = await store.list();
    const lastUsedMs = Math.max(...entries.map((entry) => entry.lastUsed.getTime()));
    return {
      ...(entries.length > 0 ? { lastUsedMs } : {}),
      entries: entries.length,
      bytes: entries.reduce((sum, entry) => sum + (entry.manifest?.totalBytes ?? 0), 0),
      inUse: entries.filter((entry) => entry.inUse).length,
      incomplete: entries.filter((entry) => entry.manifest === undefined).length,
    };
  } catch (error: unknown) {
    return { error: describeError(error) };
  }
}
