import type { JobLimits } from './job-limits.ts';

/**
 * The samples file (`samples-file`, JSONL): one header line, one line per sample, then events.
 * Keys are short because a 6-hour job at 1 s has ~20,000 samples.
 */
export interface SampleHeader {
  kind: 'start';
  /** Format version, for reports read by a later runner-kit (baselines). */
  v: 1;
  startedAt: number;
  intervalMs: number;
  cpuCount: number;
  memTotalBytes: number;
  swapTotalBytes: number;
  workspace: string;
  diskTotalBytes: number;
  pageBytes: number;
  /** The cgroup limits the job ran under, when it got less than the node; the `job*` sample fields are then recorded. */
  job?: JobLimits;
}

/** One measurement. Any field may be missing when its source could not be read that time. */
export interface Sample {
  /** Epoch ms. */
  t: number;
  /** Length of the interval the rates cover, ms. */
  dt: number;
  /** Busy CPU % of all cores (100 = every core busy). */
  cpu?: number;
  /** Busy % per core, rounded. */
  cores?: number[];
  iowait?: number;
  steal?: number;
  load1?: number;
  memUsed?: number;
  memAvail?: number;
  swapUsed?: number;
  /** Used bytes of the workspace's filesystem. */
  diskUsed?: number;
  /** Bytes read/written by real disks, received/sent by external interfaces, during `dt`. */
  rd?: number;
  wr?: number;
  rx?: number;
  tx?: number;
  /** Top processes by CPU: [pid, name, CPU % of one core, RSS bytes]. */
  procs?: [number, string, number, number][];
  /** Sizes of the cache paths (sampled rarely), bytes; -1 when missing. */
  cache?: Record<string, number>;
  /** Under a cgroup limit: CPU used by the job's cgroup, % of its CPUs (100 = the whole quota). */
  jobCpu?: number;
  /** Under a cgroup limit: the cgroup's working set (usage − inactive file cache), bytes. */
  jobMem?: number;
  /** Under a cgroup limit: time the cgroup was throttled by its CPU quota during `dt`, ms, and in how many periods. */
  jobThrottledMs?: number;
  jobThrottledPeriods?: number;
  /** Under a cgroup limit: the cgroup's OOM-kill counter (since the cgroup began). */
  jobOomKills?: number;
}

/** Why sampling ended, a source that could not be read or parsed, or a slowdown that bounds the recording. */
export interface SamplerEvent {
  kind: 'stop' | 'error' | 'slowdown';
  t: number;
  message: string;
}

/** Everything in a samples file, in order; damaged lines (a line cut off by a kill) are counted and skipped. */
export interface SampleLog {
  header?: SampleHeader;
  samples: Sample[];
  events: SamplerEvent[];
  damagedLines: number;
}

/** The JSONL form of a log (header, samples, then events), as `samples-file` holds it. */
export function renderSampleLog(log: SampleLog): string {
  const records: object[] = [...(log.header ? [log.header] : []), ...log.samples, ...log.events];
  return records.map((record) => `${JSON.stringify(record)}\n`).join('');
}

/** Parses JSONL sampler output. */
export function parseSampleLog(text: string): SampleLog {
  const log: SampleLog = { samples: [], events: [], damagedLines: 0 };
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      log.damagedLines++;
      continue;
    }
    if (typeof record !== 'object' || record === null) {
      log.damagedLines++;
      continue;
    }
    const kind = (record as { kind?: unknown }).kind;
    if (kind === 'start') log.header = record as SampleHeader;
    else if (kind === 'stop' || kind === 'error' || kind === 'slowdown') log.events.push(record as SamplerEvent);
    else if (typeof (record as Sample).t === 'number') log.samples.push(record as Sample);
    else log.damagedLines++;
  }
  return log;
}
