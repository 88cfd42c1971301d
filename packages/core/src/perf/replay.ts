import { describeError } from '../errors.ts';
import type { JobLimits } from './job-limits.ts';
import { FrameSampler } from './frame-sampler.ts';
import { readRecordingFile, readRecordingText, RecordingReader } from './recording.ts';
import type { SampleLog } from './samples.ts';

/** The same moment on the wall clock and on `/proc/uptime`, taken when the recorder started. */
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
  const sampler = new FrameSampler({ topProcesses: options.topProcesses, pageBytes: options.pageBytes, ...(options.job ? { job: options.job } : {}) }, (source, error) => {
    const count = (errorCounts.get(source) ?? 0) + 1;
    errorCounts.set(source, count);
    if (count <= ERRORS_PER_SOURCE) log.events.push({ kind: 'error', t: now, message: `${source}: ${describeError(error)}` });
  });
  const reader = new RecordingReader({
    frame(frame, intervalMs) {
      now = toEpoch(frame.uptimeMs);
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
