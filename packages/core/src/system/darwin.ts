// Parsers for the macOS commands that stand in for procfs: text in, figures out, so that
// recorded outputs test them on any machine.

/** `vm_stat` output: the page size from its header and every "Name: N." counter. */
export interface VmStat {
  pageSize: number;
  /** Counters by their label as printed ("Pages free", "File-backed pages", …). */
  pages: Record<string, number>;
}

/** Parses `vm_stat`; undefined when the header (and so the page size) is missing. */
export function parseVmStat(text: string): VmStat | undefined {
  const header = /page size of (\d+) bytes/.exec(text);
  if (!header) return undefined;
  const pages: Record<string, number> = {};
  for (const line of text.split('\n')) {
    const counter = /^"?([^":]+)"?:\s+(\d+)\.?\s*$/.exec(line.trim());
    if (counter) pages[counter[1]!] = Number(counter[2]);
  }
  return { pageSize: Number(header[1]), pages };
}

/**
 * Memory available to new work, as macOS counts it: free, inactive, speculative and purgeable
 * pages (the kernel hands them out without paging anything out). `os.freemem()` is the free
 * pages alone, a few percent on a healthy Mac. Never more than `totalBytes`.
 */
export function vmStatAvailableBytes(vm: VmStat, totalBytes: number): number {
  const count = (label: string) => vm.pages[label] ?? 0;
  const pages = count('Pages free') + count('Pages inactive') + count('Pages speculative') + count('Pages purgeable');
  return Math.min(totalBytes, pages * vm.pageSize);
}

/** `sysctl vm.swapusage` ("total = 2048.00M  used = 1047.25M  free = 1000.75M  (encrypted)"). */
export function parseSwapUsage(text: string): { totalBytes: number; freeBytes: number } | undefined {
  const amount = (name: string) => {
    const match = new RegExp(`${name}\\s*=\\s*([\\d.]+)([KMGT]?)`).exec(text);
    if (!match) return undefined;
    const scale = { '': 1, K: 2 ** 10, M: 2 ** 20, G: 2 ** 30, T: 2 ** 40 }[match[2] as '' | 'K' | 'M' | 'G' | 'T'];
    return Math.round(Number(match[1]) * scale);
  };
  const totalBytes = amount('total');
  const freeBytes = amount('free');
  return totalBytes === undefined || freeBytes === undefined ? undefined : { totalBytes, freeBytes };
}

/** One line of `ps -A -o pid=,ppid=,comm=`. */
export interface PsEntry {
  pid: number;
  ppid: number;
  /** The executable as ps prints it (a full path on macOS). */
  command: string;
}

/** Parses `ps -A -o pid=,ppid=,comm=`; lines that do not fit are skipped. */
export function parsePs(text: string): PsEntry[] {
  const entries: PsEntry[] = [];
  for (const line of text.split('\n')) {
    const match = /^\s*(\d+)\s+(\d+)\s+(.+?)\s*$/.exec(line);
    if (match) entries.push({ pid: Number(match[1]), ppid: Number(match[2]), command: match[3]! });
  }
  return entries;
}
