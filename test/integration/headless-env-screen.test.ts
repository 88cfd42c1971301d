import { afterAll, describe, expect, it } from '@jest/globals';
import { pollUntil } from '../../packages/core/src/polling.ts';
import { isRunning, type StartedProcess } from '../../packages/core/src/processes.ts';
import { runAction } from '../harness/index.ts';
import { collect, run } from '../fixtures/headless/commands.ts';
import { processesMentioning } from '../fixtures/headless/processes.ts';
import { withoutWallpaperSetters } from '../fixtures/headless/wallpaper.ts';

// A clean screen on a machine without any wallpaper setter (the stock one the issue describes):
// after start, the only top-level windows are the ones the job opens. Without a setter, fluxbox's
// wallpaper helper pops up an xmessage window that stays for the whole job.

interface SavedState {
  runtimeDir: string;
  components: { component: string; process: StartedProcess }[];
}

const bare = withoutWallpaperSetters();
if (bare.refusal) console.warn(`SKIPPED (clean-screen tests of headless-env): ${bare.refusal}`);
const withoutSetters = bare.refusal ? it.skip : it;

const leftovers: SavedState[] = [];
afterAll(() => {
  // A failed assertion must not leave a stack running: stop by recorded pid group, never by name.
  for (const state of leftovers) for (const c of state.components) if (isRunning(c.process)) process.kill(-c.process.pgid, 'SIGKILL');
});

/** Titles of the windows the window manager manages (`wmctrl -l`: id, desktop, host, title). */
const managedTitles = (wmctrl: string) => wmctrl.split('\n').filter(Boolean).map((line) => line.split(/\s+/).slice(3).join(' '));
/** Every named window in the tree (the WM's frames and menus have no name; its check window has). */
const namedWindows = (tree: string) => [...tree.matchAll(/^\s*(0x[0-9a-f]+) "(.*)": \(/gm)].map((m) => ({ id: m[1]!, name: m[2]! }));

/**
 * Names of the windows on screen, whoever made them: viewable (mapped, every ancestor too) and
 * inside the screen (openbox's check window is mapped at -100,-100).
 */
async function onScreenNames(env: Record<string, string>, screen: { width: number; height: number }): Promise<string[]> {
  const names: string[] = [];
  for (const window of namedWindows((await run('xwininfo', ['-root', '-tree'], env)).stdout)) {
    const info = (await run('xwininfo', ['-id', window.id], env)).stdout;
    const field = (name: string) => Number(new RegExp(`${name}:\\s+(-?\\d+)`).exec(info)?.[1]);
    const [x, y, width, height] = [field('Absolute upper-left X'), field('Absolute upper-left Y'), field('Width'), field('Height')];
    const inside = x + width > 0 && y + height > 0 && x < screen.width && y < screen.height;
    if (info.includes('Map State: IsViewable') && inside) names.push(window.name);
  }
  return names;
}

describe('headless-env on a machine without a wallpaper setter', () => {
  withoutSetters.each(['fluxbox', 'openbox'])('%s: the only top-level window is the one the job opens', async (wm) => {
    const seen: { wmctrl: string; named: string[]; helpers: string[] } = { wmctrl: '', named: [], helpers: [] };
    const result = await runAction('headless-env', {
      inputs: { 'window-manager': wm, dbus: 'false', audio: 'false', resolution: '800x600x24' },
      wrapper: bare.wrapper,
      between: async ({ env, main }) => {
        const state = JSON.parse(main.state['headless-env']!) as SavedState;
        leftovers.push(state);
        const ours = new Set(state.components.map((c) => c.process.pid));
        const window = collect('xmessage', ['-title', 'job-window', 'the job'], env);
        // Listed by the WM means its start-up (where fluxbox runs fbsetbg) is over. Then wait for
        // every helper the WM ran (they carry the job's private HOME) to be gone; a popup never is.
        await pollUntil(
          async () => {
            const listed = managedTitles((await run('wmctrl', ['-l'], env)).stdout).includes('job-window');
            seen.helpers = processesMentioning(state.runtimeDir).filter((p) => !ours.has(p.pid) && p.pid !== window.child.pid).map((p) => p.cmdline);
            return listed && seen.helpers.length === 0 ? true : undefined;
          },
          { deadline: performance.now() + 5000, intervalMs: 50 },
        );
        seen.wmctrl = (await run('wmctrl', ['-l'], env)).stdout;
        seen.named = await onScreenNames(env, { width: 800, height: 600 });
        window.child.kill('SIGTERM');
        await window.exited;
      },
    });
    expect(result.main.exitCode).toBe(0);
    expect(result.main.outputs['window-manager']).toBe(wm === 'fluxbox' ? 'Fluxbox' : 'Openbox');
    expect({ helpers: seen.helpers, managed: managedTitles(seen.wmctrl), onScreen: seen.named }).toEqual({ helpers: [], managed: ['job-window'], onScreen: ['job-window'] });
    expect(result.post!.exitCode).toBe(0);
  });
});
