/**
 * Reads what the recorder (recorder.sh) wrote: frames of raw procfs lines, and events. Pure:
 * text in, records out. The format is described at the top of recorder.sh.
 */

/** The procfs files every frame copies (all lines needed, or the recorder's selection of them). */
export type FrameSource = 'stat' | 'loadavg' | 'meminfo' | 'diskstats' | 'net/dev';
const FRAME_SOURCES = new Set<string>(['stat', 'loadavg', 'meminfo', 'diskstats', 'net/dev']);

/** A process look: every live pid, and the stat lines that changed since the previous look. */
export interface ProcessLook {
  /** `RK_PROC/uptime`'s first line, to tell how old a process is. */
  uptime: string;
  pids: number[];
  changed: Map<number, string>;
}

/** One tick of the recorder. Sources it could not read are absent. */
export interface RecordedFrame {
  /** Milliseconds since boot (`/proc/uptime`), a clock that NTP does not move. */
  uptimeMs: number;
  files: Partial<Record<FrameSource, string>>;
  statfs?: { blocks: number; bfree: number; bsize: number };
  processes?: ProcessLook;
  /** Arguments of pids that are new or changed name. */
  cmdlines: Map<number, string[]>;
  /** Cache path → bytes (-1: missing). */
  cacheSizes?: Record<string, number>;
}

/** An event line the recorder wrote (`!error`, `!slowdown`, `!stop`). */
export interface RecordedEvent {
  kind: 'error' | 'slowdown' | 'stop';
  uptimeMs: number;
  message: string;
}

/** A whole recording, in order. */
export interface Recording {
  intervalMs?: number;
  frames: RecordedFrame[];
  events: RecordedEvent[];
  /** Frames cut off by a kill, and lines that belong to nothing. */
  damaged: number;
}

/** Parses a recording; never throws (a damaged part is counted and skipped). */
export function parseRecording(text: string): Recording {
  const recording: Recording = { frames: [], events: [], damaged: 0 };
  let frame: RecordedFrame | undefined;
  let section: { name: string; lines: string[] } | undefined;

  const closeSection = (): void => {
    if (!frame || !section) return;
    if (FRAME_SOURCES.has(section.name)) frame.files[section.name as FrameSource] = section.lines.join('\n');
    else if (section.name === 'procs') frame.processes = processLook(section.lines, frame.processes!.uptime);
    section = undefined;
  };
  const abandonFrame = (): void => {
    if (frame) recording.damaged++;
    frame = undefined;
    section = undefined;
  };

  for (const line of text.split('\n')) {
    const tag = line[0];
    if (tag === '@') {
      abandonFrame(); // a frame still open here never got its end mark
      const uptimeMs = Number(line.slice(1));
      if (Number.isFinite(uptimeMs)) frame = { uptimeMs, files: {}, cmdlines: new Map() };
      else recording.damaged++;
    } else if (tag === '.' && line === '.') {
      closeSection();
      if (frame) recording.frames.push(frame);
      else recording.damaged++;
      frame = undefined;
    } else if (tag === '!') {
      const match = /^!(error|slowdown|stop) (\d+) (.*)$/.exec(line);
      if (match) recording.events.push({ kind: match[1] as RecordedEvent['kind'], uptimeMs: Number(match[2]), message: match[3]! });
      else recording.damaged++;
    } else if (tag === 'H' && recording.frames.length === 0 && !frame) {
      const interval = Number(line.split(' ')[2]);
      if (Number.isFinite(interval) && interval > 0) recording.intervalMs = interval;
    } else if (tag === '=' && frame) {
      closeSection();
      startSection(frame, line.slice(1), (name) => (section = { name, lines: [] }));
    } else if (section) {
      section.lines.push(line);
    } else if (line !== '') {
      recording.damaged++;
    }
  }
  abandonFrame();
  return recording;
}

/** Handles a `=name …` line: one-line records are stored at once, multi-line ones open a section. */
function startSection(frame: RecordedFrame, header: string, open: (name: string) => void): void {
  const space = header.indexOf(' ');
  const name = space < 0 ? header : header.slice(0, space);
  const rest = space < 0 ? '' : header.slice(space + 1);
  if (name === 'statfs') {
    const [blocks, bfree, bsize] = rest.split(' ').map(Number);
    if (Number.isFinite(blocks) && Number.isFinite(bfree) && Number.isFinite(bsize)) frame.statfs = { blocks: blocks!, bfree: bfree!, bsize: bsize! };
  } else if (name === 'cmdline') {
    const at = rest.indexOf(' ');
    const pid = Number(rest.slice(0, at));
    if (at > 0 && Number.isInteger(pid)) frame.cmdlines.set(pid, rest.slice(at + 1).split('\x1f').filter((arg) => arg !== ''));
  } else if (name === 'du') {
    const at = rest.indexOf(' ');
    const bytes = Number(rest.slice(0, at));
    if (at > 0 && Number.isFinite(bytes)) (frame.cacheSizes ??= {})[rest.slice(at + 1)] = bytes;
  } else if (name === 'procs') {
    frame.processes = { uptime: rest, pids: [], changed: new Map() };
    open(name);
  } else {
    open(name);
  }
}

function processLook(lines: string[], uptime: string): ProcessLook {
  const [pidLine = '', ...stats] = lines;
  const pids = pidLine.split(' ').filter((p) => p !== '').map(Number).filter(Number.isInteger);
  const changed = new Map<number, string>();
  for (const line of stats) {
    const pid = Number(line.slice(0, line.indexOf(' ')));
    if (Number.isInteger(pid) && pid > 0) changed.set(pid, line);
  }
  return { uptime, pids, changed };
}
