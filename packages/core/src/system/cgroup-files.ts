/**
 * Where a process's cgroup lives: `/proc/<pid>/cgroup` joined with `/proc/<pid>/mountinfo`.
 * Pure parsers plus one locator; what the files say is interpreted in cgroup.ts.
 */
import path from 'node:path';
import { readOptional } from './procfs.ts';

/** The controllers runner-kit reads; `pressure` is the unified (v2) directory, which has PSI files even on a v1 host. */
export type CgroupController = 'memory' | 'cpu' | 'cpuacct' | 'cpuset' | 'pids' | 'io' | 'pressure';

/** One line of `/proc/<pid>/cgroup`: `4:memory:/docker/abc` (v1) or `0::/user.slice/x.scope` (v2). */
export interface CgroupMembership {
  controllers: string[];
  /** The cgroup's path as the process's cgroup namespace shows it, `/` at the namespace root. */
  path: string;
  unified: boolean;
}

/** A cgroup filesystem from mountinfo: its root (the cgroup mounted there) and where it is mounted. */
export interface CgroupMount {
  root: string;
  mountPoint: string;
  unified: boolean;
  /** v1: the controllers of the hierarchy (from the super options); v2: empty. */
  controllers: string[];
}

/** Every file name a reader of this cgroup opens, absolute, per controller: the cgroup's own directory first, then its ancestors up to the mount. */
export interface CgroupDirs {
  /** 2 where memory (else cpu) is on the unified hierarchy, 1 where it is on a v1 one. */
  version: 1 | 2;
  /** The path of the cgroup whose limits decide, as `/proc/self/cgroup` names it (v1: the memory controller's). */
  path: string;
  dirs: Partial<Record<CgroupController, string[]>>;
}

/** Parses `/proc/<pid>/cgroup`; lines that are not `id:controllers:path` are skipped. */
export function parseProcCgroup(text: string): CgroupMembership[] {
  const memberships: CgroupMembership[] = [];
  for (const line of text.split('\n')) {
    const match = /^(\d+):([^:]*):(\/.*)$/.exec(line.trim());
    if (!match) continue;
    const names = match[2]!.split(',').filter((name) => name !== '');
    memberships.push({ controllers: names, path: match[3]!, unified: match[1] === '0' && names.length === 0 });
  }
  return memberships;
}

/**
 * The cgroup mounts of `/proc/<pid>/mountinfo`:
 * `id parent major:minor root mount-point options [optional…] - fstype source super-options`.
 * Octal escapes (`\040` for a space) in paths are decoded.
 */
export function parseCgroupMounts(text: string): CgroupMount[] {
  const mounts: CgroupMount[] = [];
  for (const line of text.split('\n')) {
    const fields = line.trim().split(' ');
    const separator = fields.indexOf('-');
    if (separator < 6 || fields.length < separator + 4) continue;
    const fsType = fields[separator + 1];
    if (fsType !== 'cgroup' && fsType !== 'cgroup2') continue;
    const options = fields[separator + 3]!.split(',');
    mounts.push({
      root: unescapeMountPath(fields[3]!),
      mountPoint: unescapeMountPath(fields[4]!),
      unified: fsType === 'cgroup2',
      controllers: fsType === 'cgroup' ? options.filter((o) => V1_CONTROLLERS.has(o)) : [],
    });
  }
  return mounts;
}

const V1_CONTROLLERS = new Set(['memory', 'cpu', 'cpuacct', 'cpuset', 'pids', 'blkio']);

function unescapeMountPath(text: string): string {
  return text.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));
}

/**
 * The directory of `cgroupPath` under `mount`, or undefined when the mount does not show it.
 * The mount's root is the cgroup mounted there: `/` on a host; the container's own cgroup in a
 * container without a cgroup namespace (where `/proc/self/cgroup` still names the host path);
 * and in a cgroup namespace `/proc/self/cgroup` says `/` and so does the root.
 */
export function cgroupDirectory(mount: CgroupMount, cgroupPath: string): string | undefined {
  const root = mount.root === '/' ? '' : mount.root.replace(/\/+$/, '');
  // Anything else (`/../x`, outside a namespace's view) is not under this mount.
  return cgroupPath === root || cgroupPath.startsWith(`${root}/`) ? path.join(mount.mountPoint, cgroupPath.slice(root.length)).replace(/(.)\/+$/, '$1') : undefined;
}

/** The directory and its ancestors up to (and including) the mount point. */
function withAncestors(dir: string, mountPoint: string): string[] {
  const dirs = [dir];
  for (let current = dir; current !== mountPoint && current.startsWith(`${mountPoint}/`); ) {
    current = path.dirname(current);
    dirs.push(current);
  }
  return dirs;
}

/** Where `/proc` and the mount points are; tests point both at fixture trees. */
export interface CgroupLocatorOptions {
  /** Default `/proc`. */
  procRoot?: string;
  /** Prefix of every mount point from mountinfo; default none. */
  fsRoot?: string;
  /** Whose cgroup; default `self`. */
  pid?: string;
}

/**
 * Finds this process's cgroup directories for every controller runner-kit reads, v1, v2 or a
 * hybrid of both (v1 controllers with a unified hierarchy beside them for PSI). Undefined where
 * there are no cgroups to read (not Linux, no procfs, nothing mounted).
 */
export function locateCgroup(options: CgroupLocatorOptions = {}): CgroupDirs | undefined {
  const procRoot = options.procRoot ?? '/proc';
  const pid = options.pid ?? 'self';
  const memberships = parseProcCgroup(readOptional(path.join(procRoot, pid, 'cgroup')) ?? '');
  const mounts = parseCgroupMounts(readOptional(path.join(procRoot, pid, 'mountinfo')) ?? '');
  if (memberships.length === 0 || mounts.length === 0) return undefined;
  const at = (mountPoint: string) => (options.fsRoot ? path.join(options.fsRoot, mountPoint) : mountPoint);

  const dirs: CgroupDirs['dirs'] = {};
  const unifiedMembership = memberships.find((m) => m.unified);
  const unifiedMount = mounts.find((m) => m.unified && unifiedMembership && cgroupDirectory(m, unifiedMembership.path) !== undefined);
  let unifiedControllers = new Set<string>();
  if (unifiedMembership && unifiedMount) {
    const dir = cgroupDirectory(unifiedMount, unifiedMembership.path)!;
    const chain = withAncestors(at(dir), at(unifiedMount.mountPoint));
    dirs.pressure = chain;
    // Controllers the unified hierarchy has (on a hybrid host: none of the ones that matter).
    unifiedControllers = new Set((readOptional(path.join(at(unifiedMount.mountPoint), 'cgroup.controllers')) ?? '').trim().split(/\s+/));
    for (const controller of ['memory', 'cpu', 'cpuset', 'pids', 'io'] as const) if (unifiedControllers.has(controller)) dirs[controller] = chain;
    // v2 accounts CPU time in cpu.stat, which exists without the cpu controller.
    if (unifiedControllers.has('cpu') || unifiedControllers.has('memory')) dirs.cpuacct = chain;
  }
  const v1Names: Record<string, CgroupController> = { memory: 'memory', cpu: 'cpu', cpuacct: 'cpuacct', cpuset: 'cpuset', pids: 'pids', blkio: 'io' };
  for (const [name, controller] of Object.entries(v1Names)) {
    if (dirs[controller]) continue;
    const membership = memberships.find((m) => m.controllers.includes(name));
    const mount = mounts.find((m) => !m.unified && m.controllers.includes(name) && membership && cgroupDirectory(m, membership.path) !== undefined);
    if (!membership || !mount) continue;
    dirs[controller] = withAncestors(at(cgroupDirectory(mount, membership.path)!), at(mount.mountPoint));
  }
  const memoryOnV2 = unifiedControllers.has('memory') || (!dirs.memory && unifiedControllers.has('cpu'));
  const version: 1 | 2 = memoryOnV2 || (!dirs.memory && !dirs.cpu && dirs.pressure !== undefined) ? 2 : 1;
  const decidingPath = version === 2 ? unifiedMembership?.path : (memberships.find((m) => m.controllers.includes('memory')) ?? memberships.find((m) => m.controllers.includes('cpu')))?.path;
  if (Object.keys(dirs).length === 0 || decidingPath === undefined) return undefined;
  return { version, path: decidingPath, dirs };
}
