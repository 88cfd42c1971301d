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
