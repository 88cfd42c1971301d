const SIZE_UNITS: Record<string, number> = {
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  kib: 2 ** 10,
  mib: 2 ** 20,
  gib: 2 ** 30,
  tib: 2 ** 40,
};

const DURATION_UNITS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

/** Parses `1.5GB`, `512 MiB`, `2048` (bytes) into bytes; undefined when the text is not a size. */
export function parseSize(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  if (!match) return undefined;
  const factor = SIZE_UNITS[(match[2] || 'b').toLowerCase()];
  if (factor === undefined) return undefined;
  return Math.round(Number(match[1]) * factor);
}

/** Parses `500ms`, `30s`, `5m`, `1h`, `1m30s`, or a bare number of seconds into milliseconds. */
export function parseDuration(text: string): number | undefined {
  const trimmed = text.trim();
  if (/^\d+(?:\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const part = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
  let total = 0;
  let consumed = 0;
  for (let match = part.exec(trimmed); match; match = part.exec(trimmed)) {
    total += Number(match[1]) * (DURATION_UNITS[match[2]!] ?? 0);
    consumed = part.lastIndex;
  }
  return consumed > 0 && consumed === trimmed.length ? Math.round(total) : undefined;
}

/** Milliseconds in the form inputs take, largest units first: `600000` → `10m`, `1500` → `1s500ms`. */
export function spellDuration(ms: number): string {
  let rest = Math.round(ms);
  const parts: string[] = [];
  for (const [unit, size] of Object.entries(DURATION_UNITS).reverse()) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0) parts.push(`${count}${unit}`);
  }
  return parts.join('') || '0s';
}

/** `1536` → `1.5 KiB`; binary units, as people compare them with `du -h`. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${units[unit]}`;
}

/** `1234` → `1.23 s`, `65000` → `1m 5s`, `5400000` → `1h 30m 0s`. */
export function formatDuration(ms: number): string {
  // Each unit is chosen after rounding, so 999.6 ms is "1.00 s", never "1000 ms", and 119.7 s is "2m 0s".
  if (Math.round(ms) < 1000) return `${Math.round(ms)} ms`;
  if (Math.round(ms / 10) < 6000) return `${(ms / 1000).toFixed(2)} s`;
  const total = Math.round(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  return hours > 0 ? `${hours}h ${minutes}m ${total % 60}s` : `${minutes}m ${total % 60}s`;
}

/** A CPU count that may be a fraction (a cgroup quota): `0.5 CPU`, `1 CPU`, `2 CPUs`. */
export function formatCpus(cpus: number): string {
  const rounded = Math.round(cpus * 100) / 100;
  return `${rounded} CPU${rounded > 1 ? 's' : ''}`;
}

/** `16278177` → `16,278,177`: a count read at a glance. */
export function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}
