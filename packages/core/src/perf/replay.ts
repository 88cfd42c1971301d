import { describeError } from '../errors.ts';
import type { JobLimits } from './job-limits.ts';
import { DarwinFrameSampler } from './darwin-sampler.ts';
import { FrameSampler, type FrameReplayer } from './frame-sampler.ts';
import { readRecordingFile, readRecordingText, RecordingReader } from './recording.ts';
import type { SampleLog } from './samples.ts';

/**
 * The same moment on the wall clock and on the recording's clock, taken when the recorder
 * started: `/proc/uptime` on Linux; on macOS the recorder counts from its own start (0).
 */
export interface ClockAnchor {
  epochMs: number;
  uptimeMs: number;
}

/** What replaying needs besides the recording. */
export interface ReplayOptions {
  clock: ClockAnchor;
  workspace: string;
  /** Interval asked for, when the recording's header is missing. */
  intervalMs: number;
  topProcesses: number;
  pageBytes: number;
  /** The cgroup limits the job ran under (from the session), for the `job*` fields. */
  job?: JobLimits;
}

/** At most this many parse errors per source, as the recorder does for read errors. */
const ERRORS_PER_SOURCE = 3;

/**
 * Turns a recording file into the samples log the reports are made from: each frame goes
 * through the one set of procfs parsers ({@link FrameSampler}) as it is read (the recording is never
 * held in memory), times move from uptime to epoch ms, and sources that did not parse become
 * error events beside those the recorder wrote. A missing file is an empty log.
 */
export function replayRecordingFile(file: string, options: ReplayOptions): SampleLog {
  return replay(options, (reader) => readRecordingFile(file, reader));
}

/** {@link replayRecordingFile} for a recording held in memory. */
export function replayRecording(text: string, options: ReplayOptions): SampleLog {
  return replay(options, (reader) => readRecordingText(text, reader));
}

function replay(options: ReplayOptions, feed: (reader: RecordingReader) => void): SampleLog {
  const toEpoch = (uptimeMs: number) => options.clock.epochMs + (uptimeMs - options.clock.uptimeMs);
  const log: SampleLog = { samples: [], events: [], damagedLines: 0 };
  const errorCounts = new Map<string, number>();
  let now = options.clock.epochMs;
  const onError = (source: string, error: unknown) => {
    const count = (errorCounts.get(source) ?? 0) + 1;
    errorCounts.set(source, count);
    if (count <= ERRORS_PER_SOURCE) log.events.push({ kind: 'error', t: now, message: `${source}: ${describeError(error)}` });
  };
  // The recording's header says which recorder wrote it, and so which parsers read it.
  let sampler: FrameReplayer | undefined;
  const reader = new RecordingReader({
    frame(frame, intervalMs) {
      now = toEpoch(frame.uptimeMs);
      sampler ??=
        reader.platform === 'darwin'
          ? new DarwinFrameSampler({ topProcesses: options.topProcesses, onError })
          : new FrameSampler({ topProcesses: options.topProcesses, pageBytes: options.pageBytes, ...(options.job ? { job: options.job } : {}) }, onError);
      log.header ??= sampler.header(frame, now, intervalMs ?? options.intervalMs, options.workspace);
      log.samples.push(sampler.sample(now, frame));
    },
    event(event) {
      // uptime 0: written before the recorder had a clock (it could not start)
      log.events.push({ kind: event.kind, t: event.uptimeMs === 0 ? options.clock.epochMs : toEpoch(event.uptimeMs), message: event.message });
    },
  });
  feed(reader);
  log.damagedLines = reader.damaged;
  log.events.sort((a, b) => a.t - b.t);
  return log;
}
