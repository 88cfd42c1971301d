import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/**
 * Reads what the recorder (recorder.sh, or recorder-darwin.sh on macOS) wrote: frames of raw
 * procfs lines or command outputs, and events. The format is described at the top of recorder.sh.
 */

/**
 * The sources a frame copies (all lines needed, or the recorder's selection of them): procfs
 * files from recorder.sh, command outputs from recorder-darwin.sh.
 */
export type FrameSource = 'stat' | 'loadavg' | 'meminfo' | 'diskstats' | 'net/dev' | DarwinSource;
/** What recorder-darwin.sh records; `sysctl` (memory size, CPUs) is in the first frame only. */
export type DarwinSource = 'iostat' | 'vm_stat' | 'swapusage' | 'netstat' | 'df' | 'ps' | 'sysctl';
const FRAME_SOURCES = new Set<string>(['stat', 'loadavg', 'meminfo', 'diskstats', 'net/dev', 'iostat', 'vm_stat', 'swapusage', 'netstat', 'df', 'ps', 'sysctl']);

/** The platform a recording was made on: the header's third word (`darwin`); Linux when absent. */
export type RecordedPlatform = 'linux' | 'darwin';

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
  /** The job's cgroup files, keyed `<controller>:<file>` (see system/cgroup.ts). */
  cgroup?: Map<string, string>;
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
  platform: RecordedPlatform;
  frames: RecordedFrame[];
  events: RecordedEvent[];
  /** Frames cut off by a kill, and lines that belong to nothing. */
  damaged: number;
}

/** What a {@link RecordingReader} hands on as it goes. */
export interface RecordingHandlers {
  frame(frame: RecordedFrame, intervalMs: number | undefined): void;
  event(event: RecordedEvent): void;
}

/**
 * Reads a recording line by line and hands on each complete frame at once, so a long job's
 * recording is never held in memory. Never throws: a damaged part is counted and skipped.
 */
export class RecordingReader {
  /** Frames cut off by a kill, and lines that belong to nothing. */
  damaged = 0;
  intervalMs: number | undefined;
  platform: RecordedPlatform = 'linux';
  private frame: RecordedFrame | undefined;
  /** The multi-line record being read: its name, the rest of its `=name …` line, its lines. */
  private section: { name: string; header: string; lines: string[] } | undefined;
  private framesSeen = 0;

  constructor(private readonly handlers: RecordingHandlers) {}

  line(line: string): void {
    const tag = line[0];
    if (tag === '@') {
      this.abandonFrame(); // a frame still open here never got its end mark
      const uptimeMs = Number(line.slice(1));
      if (line.length > 1 && Number.isFinite(uptimeMs)) this.frame = { uptimeMs, files: {}, cmdlines: new Map() };
      else this.damaged++;
    } else if (tag === '.' && line === '.') {
      this.closeSection();
      if (this.frame) {
        this.framesSeen++;
        this.handlers.frame(this.frame, this.intervalMs);
      } else {
        this.damaged++;
      }
      this.frame = undefined;
    } else if (tag === '!') {
      const match = /^!(error|slowdown|stop) (\d+) (.*)$/.exec(line);
      if (match) this.handlers.event({ kind: match[1] as RecordedEvent['kind'], uptimeMs: Number(match[2]), message: match[3]! });
      else this.damaged++;
    } else if (tag === 'H' && this.framesSeen === 0 && !this.frame) {
      const [, , interval, platform] = line.split(' ');
      if (Number.isFinite(Number(interval)) && Number(interval) > 0) this.intervalMs = Number(interval);
      if (platform === 'darwin') this.platform = platform;
    } else if (tag === '=' && this.frame) {
      this.closeSection();
      startSection(this.frame, line.slice(1), (name, header) => (this.section = { name, header, lines: [] }));
    } else if (this.section) {
      this.section.lines.push(line);
    } else if (line !== '') {
      this.damaged++;
    }
  }

  /** The end of the recording: a frame still open was cut off. */
  end(): void {
    this.abandonFrame();
  }

  private closeSection(): void {
    const { frame, section } = this;
    if (!frame || !section) return;
    if (FRAME_SOURCES.has(section.name)) frame.files[section.name as FrameSource] = section.lines.join('\n');
    else if (section.name === 'procs') frame.processes = processLook(section.lines, section.header);
    else if (section.name === 'cgroup' && section.header !== '') (frame.cgroup ??= new Map()).set(section.header, section.lines.join('\n'));
    this.section = undefined;
  }

  private abandonFrame(): void {
    if (this.frame) this.damaged++;
    this.frame = undefined;
    this.section = undefined;
  }
}

/** Feeds a recording file to `reader` in 1 MiB chunks; a missing file is an empty recording. */
export function readRecordingFile(file: string, reader: RecordingReader): void {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error: unknown) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return reader.end();
    throw error;
  }
  try {
    const buffer = Buffer.alloc(2 ** 20);
    // Command lines may hold UTF-8 that a chunk boundary splits: the decoder carries it over.
    const decoder = new StringDecoder('utf8');
    let rest = '';
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) {
      const lines = (rest + decoder.write(buffer.subarray(0, read))).split('\n');
      rest = lines.pop()!;
      for (const line of lines) reader.line(line);
    }
    rest += decoder.end();
    if (rest !== '') reader.line(rest);
    reader.end();
  } finally {
    closeSync(fd);
  }
}

/** Feeds a recording held in memory to `reader`, to its end. */
export function readRecordingText(text: string, reader: RecordingReader): void {
  for (const line of text.split('\n')) reader.line(line);
  reader.end();
}

/** Parses a whole recording held in memory (tests, small recordings). */
export function parseRecording(text: string): Recording {
  const recording: Recording = { frames: [], events: [], damaged: 0, platform: 'linux' };
  const reader = new RecordingReader({ frame: (frame) => recording.frames.push(frame), event: (event) => recording.events.push(event) });
  readRecordingText(text, reader);
  recording.damaged = reader.damaged;
  recording.platform = reader.platform;
  if (reader.intervalMs !== undefined) recording.intervalMs = reader.intervalMs;
  return recording;
}

/** Handles a `=name …` line: one-line records are stored at once, multi-line ones open a section. */
function startSection(frame: RecordedFrame, header: string, open: (name: string, rest: string) => void): void {
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
  } else {
    open(name, rest);
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
