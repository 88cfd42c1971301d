import { createHash } from '../lazy-builtins.ts';

/** The cache service rejects longer keys. */
export const MAX_KEY_LENGTH = 512;
/** Longer segment values are shortened to a readable head plus a digest of the whole value. */
const MAX_SEGMENT_LENGTH = 64;

/** Everything a key is made of, most stable first. */
export interface CacheKeyParts {
  prefix: string;
  os: string;
  arch: string;
  labels: readonly string[];
  extra: readonly string[];
  /** `GITHUB_JOB`, when keys are per job. */
  job?: string;
  /** The job's `matrix` context, when keys are per job. */
  matrix?: unknown;
  /** `hashFiles()` digest, empty when no file matched. */
  filesHash?: string;
}

/** One named piece of the key, for the summary. */
export interface KeySegment {
  name: string;
  value: string;
}

/** A cache key and its fallbacks. */
export interface CacheKey {
  key: string;
  /** Most to least specific; each a strict prefix of `key` ending at a segment boundary. */
  restoreKeys: string[];
  segments: KeySegment[];
}

/**
 * Builds a deterministic cache key: `prefix-OS-ARCH[-labels][-extra…][-job[-matrix]][-files]`.
 * Restore keys drop segments from the right, down to `prefix-OS-ARCH-`, so a job falls back to
 * the nearest cache of the same platform. Commas and whitespace (which the cache service
 * rejects or mangles) become `_`; values too long for a readable key are hashed, not cut.
 */
export function buildCacheKey(parts: CacheKeyParts): CacheKey {
  const segments: KeySegment[] = [
    { name: 'prefix', value: segmentValue(parts.prefix) },
    { name: 'os', value: segmentValue(parts.os) },
    { name: 'arch', value: segmentValue(parts.arch) },
  ];
  const labels = normalizeLabels(parts.labels);
  if (labels) segments.push({ name: 'labels', value: segmentValue(labels) });
  const extra = parts.extra.map((part, i) => ({ name: `extra ${i + 1}`, value: segmentValue(part) })).filter((s) => s.value !== '');
  segments.push(...extra);
  if (parts.job !== undefined) segments.push({ name: 'job', value: segmentValue(parts.job) });
  const matrix = matrixDigest(parts.matrix);
  if (matrix) segments.push({ name: 'matrix', value: matrix });
  if (parts.filesHash) segments.push({ name: 'files', value: parts.filesHash });

  let key = joinSegments(segments);
  if (key.length > MAX_KEY_LENGTH) {
    // Only the extra parts are unbounded in number: fold them into one digest.
    const folded = digest(extra.map((s) => s.value).join('\n'), 16);
    const first = segments.indexOf(extra[0]!);
    segments.splice(first, extra.length, { name: 'extra (hashed)', value: folded });
    key = joinSegments(segments);
  }
  const minimum = 3; // prefix-OS-ARCH: never restore another platform's cache
  const restoreKeys: string[] = [];
  for (let count = segments.length - 1; count >= minimum; count--) {
    restoreKeys.push(`${joinSegments(segments.slice(0, count))}-`);
  }
  return { key, restoreKeys, segments };
}

function joinSegments(segments: readonly KeySegment[]): string {
  return segments.map((s) => s.value).join('-');
}

/** Labels are case-insensitive and unordered on GitHub: lower-case, dedupe and sort them. */
function normalizeLabels(labels: readonly string[]): string {
  const unique = [...new Set(labels.map((label) => label.trim().toLowerCase()).filter(Boolean))];
  return unique.sort().join('+');
}

function segmentValue(raw: string): string {
  const cleaned = raw.trim().replace(/[\s,]+/g, '_');
  if (cleaned.length <= MAX_SEGMENT_LENGTH) return cleaned;
  return `${cleaned.slice(0, 40)}~${digest(cleaned, 16)}`;
}

/** Short digest of the matrix values, independent of key order; none for an empty matrix. */
function matrixDigest(matrix: unknown): string | undefined {
  if (matrix === undefined || matrix === null) return undefined;
  if (typeof matrix === 'object' && Object.keys(matrix).length === 0) return undefined;
  return `m${digest(canonicalJson(matrix), 12)}`;
}

/** JSON with object keys sorted at every level, so equal values give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function digest(text: string, length: number): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}
