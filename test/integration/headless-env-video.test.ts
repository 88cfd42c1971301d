import { existsSync, statSync } from 'node:fs';
import { afterAll, describe, expect, it } from '@jest/globals';
import { pollUntil } from '../../packages/core/src/polling.ts';
import { isRunning, type StartedProcess } from '../../packages/core/src/processes.ts';
import { runAction } from '../harness/index.ts';
import { run } from '../fixtures/headless/commands.ts';
import { probeVideo as probe, type Probe } from '../fixtures/headless/video.ts';
import { groupMembers } from '../fixtures/headless/processes.ts';

// record-video: ffmpeg records the screen from main to post; post stops it with SIGINT, so the MP4
// is finalised, and keeps it always or only for a failed job. ffprobe decodes every frame.

interface SavedState {
  components: { component: string; process: StartedProcess }[];
}

const leftovers: SavedState[] = [];
afterAll(() => {
  // A failed assertion must not leave a stack running: stop by recorded pid group, never by name.
  for (const state of leftovers) for (const c of state.components) if (isRunning(c.process)) process.kill(-c.process.pgid, 'SIGKILL');
});

const inputs = { 'window-manager': 'none', dbus: 'false', audio: 'false', resolution: '640x480x24' };

describe('headless-env record-video', () => {
  it('always: records from main to post, playable mid-job, finalised by SIGINT and kept', async () => {
    let midJob: Probe | undefined;
    let recorder: StartedProcess | undefined;
    let recording = 0;
    const result = await runAction('headless-env', {
      inputs: { ...inputs, 'record-video': 'always' },
      between: async ({ env, main }) => {
        const state = JSON.parse(main.state['headless-env']!) as SavedState;
        leftovers.push(state);
        recorder = state.components.find((c) => c.component === 'video')?.process;
        const began = performance.now();
        await run('hsetroot', ['-solid', '#2060c0'], env);
        // Fragmented MP4: readable while recording, once the first 2 s fragment is out.
        midJob = (await pollUntil(async () => {
          const seen = await probe(main.outputs['video']!, env);
          return seen && seen.seconds >= 2 ? seen : undefined;
        }, { deadline: performance.now() + 15_000, intervalMs: 250 })).value;
        recording = (performance.now() - began) / 1000;
      },
    });
    expect(result.main.exitCode).toBe(0);
    const file = result.main.outputs['video']!;
    expect(file).toBe(`${result.dirs.temp}/headless-env-screenshots/display-${result.main.outputs['display']!.slice(1)}-video.mp4`);
    expect(result.main.summary).toContain('Recording the screen at 5 fps into `display-');
    expect(midJob).toMatchObject({ codec: 'h264', width: 640, height: 480 });

    expect(result.post!.exitCode).toBe(0);
    expect(result.post!.outputs['video']).toBe(file);
    expect(result.post!.summary).toMatch(/screen recording \| \d+ \| SIGINT \(file finalised\)/);
    expect(result.post!.summary).toContain('Screen recording finalised: `display-');
    expect(groupMembers(recorder!.pgid)).toEqual([]);
    const final = (await probe(file, process.env as Record<string, string>))!;
    console.log(`headless-env video: ${final.seconds} s, ${final.frames} frames, ${statSync(file).size} bytes after ~${recording.toFixed(1)} s of job steps`);
    expect(final).toMatchObject({ codec: 'h264', width: 640, height: 480 });
    // From main's end to post: at least the job's steps, at 5 fps.
    expect(final.seconds).toBeGreaterThanOrEqual(Math.floor(recording));
    expect(final.seconds).toBeLessThan(recording + 10);
    expect(final.frames).toBeGreaterThanOrEqual(Math.floor(final.seconds * 5) - 2);
    expect(statSync(file).size).toBeGreaterThan(1000);
  });

  it.each([
    ['failed', true, true],
    ['succeeded', false, false],
  ])('on-failure: the job %s, the video is kept: %s', async (_, jobFailed, kept) => {
    const result = await runAction('headless-env', {
      inputs: { ...inputs, 'record-video': 'on-failure', 'screenshot-on-failure': 'false' },
      jobFailed,
      between: async ({ main, env }) => {
        leftovers.push(JSON.parse(main.state['headless-env']!) as SavedState);
        // Until the recording holds a frame: the file grows past its header.
        await pollUntil(async () => ((await probe(main.outputs['video']!, env))?.frames ?? 0) > 0 || undefined, { deadline: performance.now() + 15_000, intervalMs: 250 });
      },
    });
    expect(result.main.exitCode).toBe(0);
    const file = result.main.outputs['video']!;
    expect(result.main.summary).toContain('keeps it only if the job fails');
    expect(result.post!.exitCode).toBe(0);
    expect(existsSync(file)).toBe(kept);
    expect(result.post!.outputs['video']).toBe(kept ? file : '');
    if (kept) expect((await probe(file, process.env as Record<string, string>))?.codec).toBe('h264');
    else expect(result.post!.summary).toContain('screen recording removed');
  });

  it('is off by default', async () => {
    const result = await runAction('headless-env', { inputs });
    leftovers.push(JSON.parse(result.main.state['headless-env']!) as SavedState);
    expect(result.main.outputs['video']).toBe('');
    expect(result.main.summary).not.toContain('Recording the screen');
    expect(result.post!.exitCode).toBe(0);
  });
});
