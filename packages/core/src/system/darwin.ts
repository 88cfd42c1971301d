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

/** `sysctl name…` output (`hw.memsize: 17179869184` lines) as name → value. */
export function parseSysctl(text: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^([\w.]+):\s*(.*?)\s*$/.exec(line);
    if (match) values.set(match[1]!, match[2]!);
  }
  return values;
}

/**
 * The newest report of `iostat` (default columns: per disk `KB/t tps MB/s`, then `us sy id`,
 * then `1m 5m 15m`): CPU busy % (user + system) and the 1-minute load. Columns are found by the
 * header line's names, so any number of disks fits. Undefined without both header and a report.
 */
export function parseIostat(text: string): { cpuBusyPercent: number; load1: number } | undefined {
  const lines = text.split('\n').map((line) => line.trim().split(/\s+/));
  const header = lines.find((words) => words.includes('us') && words.includes('id'));
  const report = lines.findLast((words) => words.length === header?.length && words.every((word) => /^[\d.]+$/.test(word)));
  if (!header || !report) return undefined;
  const column = (name: string) => Number(report[header.indexOf(name)]);
  const busy = 100 - column('id');
  const load1 = header.includes('1m') ? column('1m') : Number.NaN;
  return Number.isFinite(busy) && Number.isFinite(load1) ? { cpuBusyPercent: busy, load1 } : undefined;
}

/**
 * `netstat -ib`: cumulative bytes in and out per interface, from its link line (`<Link#n>`; the
 * other lines of an interface repeat its counters per address). Columns are counted from the
 * right, because the Address column is empty for interfaces without a hardware address.
 */
export function parseNetstatInterfaces(text: string): Map<string, { rx: number; tx: number }> {
  const counters = new Map<string, { rx: number; tx: number }>();
  const lines = text.split('\n').map((line) => line.trim().split(/\s+/));
  const header = lines.find((words) => words[0] === 'Name' && words.includes('Ibytes'));
  if (!header) return counters;
  const fromRight = (name: string) => header.length - header.indexOf(name);
  for (const words of lines) {
    if (!words[2]?.startsWith('<Link#')) continue;
    const rx = Number(words[words.length - fromRight('Ibytes')]);
    const tx = Number(words[words.length - fromRight('Obytes')]);
    const name = words[0]!.replace(/\*$/, ''); // `*`: the interface is down
    if (Number.isFinite(rx) && Number.isFinite(tx) && !counters.has(name)) counters.set(name, { rx, tx });
  }
  return counters;
}

/**
 * Interfaces whose traffic leaves the machine: not loopback, tunnels (utun: a VPN's traffic also
 * crosses the physical interface), Apple's peer-to-peer links (awdl, llw, ap), bridges (their
 * members are counted) or the 6to4/gif stubs.
 */
export function isExternalDarwinInterface(name: string): boolean {
  return !/^(lo|utun|awdl|llw|ap|anpi|bridge|gif|stf|vmenet)\d*$/.test(name);
}

/** `df -k -P <path>`: the filesystem's size and used bytes, from its last line. */
export function parseDfPortable(text: string): { totalBytes: number; usedBytes: number } | undefined {
  const last = text.trimEnd().split('\n').at(-1) ?? '';
  const match = /\s(\d+)\s+(\d+)\s+\d+\s+\d+%\s+\//.exec(last);
  return match ? { totalBytes: Number(match[1]) * 1024, usedBytes: Number(match[2]) * 1024 } : undefined;
}

/**
 * `ps -axro pid=,rss=,%cpu=,comm=`: [pid, program name, %CPU of one core, RSS bytes] of each
 * process using CPU, busiest first. macOS's %CPU is the kernel's decaying average (about the
 * last minute), not the share of one interval.
 */
export function parsePsBusiest(text: string): [number, string, number, number][] {
  const found: [number, string, number, number][] = [];
  for (const line of text.split('\n')) {
    const match = /^\s*(\d+)\s+(\d+)\s+([\d.]+)\s+(.+?)\s*$/.exec(line);
    if (!match || Number(match[3]) <= 0) continue;
    const program = match[4]!.slice(match[4]!.lastIndexOf('/') + 1);
    found.push([Number(match[1]), program.slice(0, 60), Number(match[3]), Number(match[2]) * 1024]);
  }
  return found.sort((a, b) => b[2] - a[2]);
}
