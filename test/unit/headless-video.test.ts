import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { defaultVideoPath, readHeadlessConfig } from '../../packages/core/src/headless/config.ts';
import { ffmpegArgs, keepVideo } from '../../packages/core/src/headless/video.ts';
import { Inputs } from '../../packages/core/src/inputs.ts';

const env = { RUNNER_TEMP: '/runner/_temp', GITHUB_WORKSPACE: '/work/repo', RUNNER_OS: 'Linux' };

describe('headless-env record-video', () => {
  it('parses the modes', () => {
    for (const mode of ['false', 'on-failure', 'always'] as const) expect(readHeadlessConfig(Inputs.fromRecord({ 'record-video': mode }), env).recordVideo).toBe(mode);
  });

  it('records next to the screenshots: their default folder, or the folder of screenshot-path', () => {
    expect(defaultVideoPath('/t', ':3', undefined)).toBe(path.join('/t', 'headless-env-screenshots', 'display-3-video.mp4'));
    expect(defaultVideoPath('/t', ':3', '/work/repo/shots/fail.png')).toBe('/work/repo/shots/display-3-video.mp4');
  });

  it('grabs the display at 5 fps without the pointer into a fragmented H.264 MP4, with even sizes', () => {
    const args = ffmpegArgs(':7', { width: 1921, height: 1080 }, '/v/out.mp4');
    expect(args.join(' ')).toContain('-nostdin');
    expect(args.join(' ')).toContain('-f x11grab -framerate 5 -video_size 1920x1080 -draw_mouse 0 -i :7');
    expect(args.join(' ')).toContain('-c:v libx264 -preset ultrafast -pix_fmt yuv420p');
    expect(args.join(' ')).toContain('-movflags +frag_keyframe+empty_moov+default_base_moof');
    expect(args.at(-1)).toBe('/v/out.mp4');
  });

  it('keeps the video always, or on-failure when the job failed (or its status is unknown)', () => {
    expect(keepVideo('always', 'success')).toBe(true);
    expect(keepVideo('on-failure', 'failure')).toBe(true);
    expect(keepVideo('on-failure', 'success')).toBe(false);
    expect(keepVideo('on-failure', 'cancelled')).toBe(false);
    expect(keepVideo('on-failure', undefined)).toBe(true);
  });
});
