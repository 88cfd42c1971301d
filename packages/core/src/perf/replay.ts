import { describeError } from '../errors.ts';
import { Probe } from './probe.ts';
import { parseRecording } from './recording.ts';
import type { SampleLog, SamplerEvent } from './samples.ts';

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
}

/** At most this many parse errors per source, as the recorder does for read errors. */
const ERRORS_PER_SOURCE = 3;

/**
 * Turns a recording into the samples log the reports are made from: each frame goes through
 * the one set of procfs parsers ({@link Probe}), times move from uptime to epoch ms, and sources
 * that did not parse become error events beside those the recorder wrote.
 */
export function replayRecording(text: string, options: ReplayOptions): SampleLog {
  const recording = parseRecording(text);
  const toEpoch = (uptimeMs: number) => options.clock.epochMs + (uptimeMs - options.clock.uptimeMs);
  const events: SamplerEvent[] = recording.events.map((e) => ({ kind: e.kind, t: e.uptimeMs === 0 ? options.clock.epochMs : toEpoch(e.uptimeMs), message: e.message }));
  const errorCounts = new Map<string, number>();
  let now = options.clock.epochMs;
  const probe = new Probe({ topProcesses: options.topProcesses, pageBytes: options.pageBytes }, (source, error) => {
    const count = (errorCounts.get(source) ?? 0) + 1;
    errorCounts.set(source, count);
    if (count <= ERRORS_PER_SOURCE) events.push({ kind: 'error', t: now, message: `${source}: ${describeError(error)}` });
  });
  const log: SampleLog = { samples: [], events, damagedLines: recording.damaged };
  const first = recording.frames[0];
  if (first) log.header = probe.header(first, toEpoch(first.uptimeMs), recording.intervalMs ?? options.intervalMs, options.workspace);
  for (const frame of recording.frames) {
    now = toEpoch(frame.uptimeMs);
    log.samples.push(probe.sample(now, frame));
  }
  events.sort((a, b) => a.t - b.t);
  return log;
}
