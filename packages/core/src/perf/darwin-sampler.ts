import { sumDeltas } from '../system/procfs.ts';
import { isExternalDarwinInterface, parseDfPortable, parseIostat, parseNetstatInterfaces, parsePsBusiest, parseSwapUsage, parseSysctl, parseVmStat, vmStatAvailableBytes } from '../system/darwin.ts';
import { parseSource, type FrameReplayer } from './frame-sampler.ts';
import type { DarwinSource, RecordedFrame } from './recording.ts';
import type { Sample, SampleHeader } from './samples.ts';

/** What the macOS frame sampler needs besides the frames. */
export interface DarwinSamplerOptions {
  /** How many top processes a process look reports (0: none). */
  topProcesses: number;
  /** Told about each source that does not parse. */
  onError: (source: string, error: unknown) => void;
}

/** For the header: sample() reads the same first frame and reports what does not parse. */
const QUIET = () => {};

/**
 * Turns recorder-darwin.sh's frames into the samples the Linux recordings give, so the report,
 * summary, charts and thresholds are the same. What macOS does not give is left out: per-core
 * CPU, iowait and steal, and disk read/write bytes (see recorder-darwin.sh). iostat reports CPU
 * over its own interval, so even the first frame has a CPU figure; network rates, as on Linux,
 * start at the second.
 */
export class DarwinFrameSampler implements FrameReplayer {
  private memTotalBytes = 0;
  private net: Map<string, { rx: number; tx: number }> | undefined;
  private lastTime: number | undefined;

  constructor(private readonly options: DarwinSamplerOptions) {}

  /** The header line, from the first frame (its `=sysctl` section holds memory size and CPUs). */
  header(frame: RecordedFrame, startedAt: number, intervalMs: number, workspace: string): SampleHeader {
    const sysctl = this.parse('sysctl', frame, parseSysctl, QUIET);
    this.memTotalBytes = Number(sysctl?.get('hw.memsize') ?? 0) || 0;
    return {
      kind: 'start',
      v: 1,
      startedAt,
      intervalMs,
      cpuCount: Number(sysctl?.get('hw.ncpu') ?? 1) || 1,
      memTotalBytes: this.memTotalBytes,
      swapTotalBytes: this.parse('swapusage', frame, parseSwapUsage, QUIET)?.totalBytes ?? 0,
      workspace,
      diskTotalBytes: this.parse('df', frame, parseDfPortable, QUIET)?.totalBytes ?? 0,
      pageBytes: this.parse('vm_stat', frame, parseVmStat, QUIET)?.pageSize ?? 0,
    };
  }

  /** The sample of one frame taken at `now` (epoch ms). */
  sample(now: number, frame: RecordedFrame): Sample {
    const sample: Sample = { t: now, dt: this.lastTime === undefined ? 0 : now - this.lastTime };
    this.lastTime = now;
    const cpu = this.parse('iostat', frame, parseIostat);
    if (cpu) {
      sample.cpu = cpu.cpuBusyPercent;
      sample.load1 = cpu.load1;
    }
    const vm = this.parse('vm_stat', frame, parseVmStat);
    if (vm && this.memTotalBytes > 0) {
      sample.memAvail = vmStatAvailableBytes(vm, this.memTotalBytes);
      sample.memUsed = this.memTotalBytes - sample.memAvail;
    }
    const swap = this.parse('swapusage', frame, parseSwapUsage);
    if (swap) sample.swapUsed = swap.totalBytes - swap.freeBytes;
    const disk = this.parse('df', frame, parseDfPortable);
    if (disk) sample.diskUsed = disk.usedBytes;
    const net = this.parse('netstat', frame, (text) => nonEmpty(parseNetstatInterfaces(text)));
    if (net && this.net) [sample.rx, sample.tx] = sumDeltas(this.net, net, isExternalDarwinInterface, ['rx', 'tx']);
    if (net) this.net = net;
    const procs = this.parse('ps', frame, parsePsBusiest);
    if (procs && this.options.topProcesses > 0) sample.procs = procs.slice(0, this.options.topProcesses);
    if (frame.cacheSizes) sample.cache = frame.cacheSizes;
    return sample;
  }

  private parse<T>(source: DarwinSource, frame: RecordedFrame, parser: (text: string) => T | undefined, onError = this.options.onError): T | undefined {
    return parseSource(source, frame, parser, onError);
  }
}

/** A netstat output without a single interface did not parse. */
function nonEmpty<K, V>(map: Map<K, V>): Map<K, V> | undefined {
  return map.size > 0 ? map : undefined;
}
