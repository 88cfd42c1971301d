import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parseRecording, readRecordingFile, RecordingReader, type RecordedFrame } from '../../packages/core/src/perf/recording.ts';
import { replayRecording } from '../../packages/core/src/perf/replay.ts';

/** A frame whose CPU counters have `busy` jiffies of `total`. */
const frame = (uptimeMs: number, busy: number, total = 10_000) =>
  [`@${uptimeMs}`, '=stat', `cpu  ${busy} 0 0 ${total - busy} 0 0 0 0 0 0`, `cpu0 ${busy} 0 0 ${total - busy} 0 0 0 0 0 0`, '=loadavg', '0.50 0.40 0.30 1/100 42', '=statfs 1000 400 4096', '.'].join('\n');

describe('parseRecording', () => {
  it('reads frames, one-line records and events; a frame cut off by a kill is damaged, not used', () => {
    const text = [
      'H 1 500',
      frame(1_000, 100),
      '!error 1200 meminfo: cannot be read',
      frame(1_500, 200),
      ['@2000', '=procs 12.34 56.78', '1 42 ', '42 (node) R 1 42 42 0 -1 0 0 0 0 0 7 3 0 0 20 0 1 0 100 1000 256 0', '=cmdline 42 /usr/bin/node\x1fbuild.mjs\x1f', '=du 123 /path with spaces', '=du -1 /missing', '.'].join('\n'),
      '!stop 2600 stopped by SIGTERM',
      '@3000\n=stat\ncpu  1',
    ].join('\n');
    const recording = parseRecording(text);
    expect(recording.intervalMs).toBe(500);
    expect(recording.frames.map((f) => f.uptimeMs)).toEqual([1_000, 1_500, 2_000]);
    expect(recording.frames[0]!.files.loadavg).toBe('0.50 0.40 0.30 1/100 42');
    expect(recording.frames[0]!.statfs).toEqual({ blocks: 1000, bfree: 400, bsize: 4096 });
    const third = recording.frames[2]!;
    expect(third.processes).toEqual({ uptime: '12.34 56.78', pids: [1, 42], changed: new Map([[42, expect.stringMatching(/^42 \(node\)/)]]) });
    expect(third.cmdlines.get(42)).toEqual(['/usr/bin/node', 'build.mjs']);
    expect(third.cacheSizes).toEqual({ '/path with spaces': 123, '/missing': -1 });
    expect(recording.events).toEqual([
      { kind: 'error', uptimeMs: 1_200, message: 'meminfo: cannot be read' },
      { kind: 'stop', uptimeMs: 2_600, message: 'stopped by SIGTERM' },
    ]);
    expect(recording.damaged).toBe(1);
  });

  it('garbage between frames is counted, and frames around it still count', () => {
    const recording = parseRecording(['H 1 1000', 'garbage', frame(1_000, 1), '@not-a-number', '.', frame(2_000, 2)].join('\n'));
    expect(recording.frames).toHaveLength(2);
    expect(recording.damaged).toBe(3); // the line, the bad frame start, and the end mark without a frame
  });
});

describe('replayRecording', () => {
  it('anchors uptime to the wall clock and makes rates from consecutive frames', () => {
    const text = ['H 1 500', frame(10_000, 100), frame(10_500, 1_100, 20_000), '!stop 10700 stopped by SIGTERM'].join('\n');
    const log = replayRecording(text, { clock: { epochMs: 1_700_000_000_000, uptimeMs: 10_000 }, workspace: '/ws', intervalMs: 2000, topProcesses: 0, pageBytes: 4096 });
    expect(log.header).toMatchObject({ startedAt: 1_700_000_000_000, intervalMs: 500, cpuCount: 1, diskTotalBytes: 1000 * 4096 });
    expect(log.samples.map((s) => [s.t, s.dt])).toEqual([
      [1_700_000_000_000, 0],
      [1_700_000_000_500, 500],
    ]);
    // 1000 of 10000 more jiffies busy over the interval.
    expect(log.samples[1]).toMatchObject({ cpu: 10, load1: 0.5, diskUsed: 600 * 4096 });
    expect(log.events).toEqual([{ kind: 'stop', t: 1_700_000_000_700, message: 'stopped by SIGTERM' }]);
  });

  it('a source that does not parse in the first frame is one error event, not one for the header and one for the sample', () => {
    const bad = ['@10000', '=stat', 'garbage', '=loadavg', '0.50 0.40 0.30 1/100 42', '.'].join('\n');
    const log = replayRecording(['H 1 500', bad].join('\n'), { clock: { epochMs: 0, uptimeMs: 10_000 }, workspace: '/ws', intervalMs: 500, topProcesses: 0, pageBytes: 4096 });
    expect(log.events.map((e) => e.message)).toEqual([expect.stringMatching(/^stat: /)]);
  });

  it('an empty recording (the recorder never ran) is an empty log', () => {
    expect(replayRecording('', { clock: { epochMs: 0, uptimeMs: 0 }, workspace: '/ws', intervalMs: 1000, topProcesses: 0, pageBytes: 4096 })).toEqual({ samples: [], events: [], damagedLines: 0 });
  });
});

describe('readRecordingFile', () => {
  it('reads a recording in chunks exactly as a whole, UTF-8 split across a chunk boundary included', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'perf-recording-'));
    try {
      const frames: string[] = [];
      let size = 0;
      for (let i = 0; size < 2.5 * 2 ** 20; i++) {
        // Command lines with multi-byte characters at varying offsets land on every byte position.
        const text = `${frame(1_000 + i, i, 10_000 + i * 2)}`.replace('\n.', `\n=cmdline ${i} /opt/ünïcödé-${'é'.repeat(i % 7)}/tool\x1f--flag\x1f\n.`);
        frames.push(text);
        size += Buffer.byteLength(text) + 1;
      }
      const text = `H 1 1000\n${frames.join('\n')}\n!stop 99999 stopped by SIGTERM\n@123\n=stat`;
      const file = path.join(dir, 'recording.txt');
      writeFileSync(file, text);
      const whole = parseRecording(text);
      const streamed: RecordedFrame[] = [];
      const events: unknown[] = [];
      const reader = new RecordingReader({ frame: (f) => streamed.push(f), event: (e) => events.push(e) });
      readRecordingFile(file, reader);
      expect(streamed.length).toBe(frames.length);
      expect(streamed).toEqual(whole.frames);
      expect(streamed.at(-1)!.cmdlines.get(frames.length - 1)![0]).toMatch(/^\/opt\/ünïcödé-é*\/tool$/);
      expect(events).toEqual(whole.events);
      expect(reader.damaged).toBe(1); // the frame cut off at the end
      expect(reader.intervalMs).toBe(1000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a missing recording (the recorder never started) is empty', () => {
    const reader = new RecordingReader({ frame: () => {}, event: () => {} });
    readRecordingFile('/does/not/exist/recording.txt', reader);
    expect(reader.damaged).toBe(0);
  });
});
