import type { AudioChoice } from './config.ts';
import { findExecutable } from './packages.ts';

/** The sound server a job gets. */
export type AudioBackend = 'pulseaudio' | 'pipewire';

/**
 * `auto` → PipeWire where it is installed and PulseAudio is not (Fedora's default), else
 * PulseAudio (also when neither is, for the install hint); `none` → undefined.
 */
export function resolveAudio(choice: AudioChoice, searchPath?: string): AudioBackend | undefined {
  if (choice === 'none') return undefined;
  if (choice !== 'auto') return choice;
  if (findExecutable('pulseaudio', searchPath)) return 'pulseaudio';
  return findExecutable('pipewire', searchPath) && findExecutable('pipewire-pulse', searchPath) ? 'pipewire' : 'pulseaudio';
}
