import type { StartedProcess } from '../processes.ts';

/** The parts of the stack, in start order. */
export type ComponentName = 'xvfb' | 'window-manager' | 'sway' | 'dbus' | 'pulseaudio' | 'pipewire' | 'wireplumber' | 'pipewire-pulse' | 'accessibility' | 'video';

/** One started component, as recorded in state so post can stop exactly it. */
export interface StartedComponent {
  component: ComponentName;
  process: StartedProcess;
  /** SIGTERM → SIGKILL grace for this program (fluxbox can deadlock on SIGTERM). */
  graceMs: number;
  /** Its stdout/stderr log inside the runtime dir. */
  log: string;
  /** From spawn to verified ready. */
  readyMs: number;
  /** What the verification saw, for the summary (e.g. `:1 1920x1080x24`, `Fluxbox`). */
  detail: string;
}
