import { afterEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { locateCgroup, parseCgroupMounts, parseProcCgroup } from '../../packages/core/src/system/cgroup-files.ts';
import { countCpuList, effectiveCpus, interpretUsage, isLimited, parseCpuMax, parseLimit, parsePressure, readCgroup, usageFiles } from '../../packages/core/src/system/cgroup.ts';
import { measureJobScope, recentOomKills, RECENT_OOM_MS } from '../../packages/core/src/health/job-scope.ts';
import { CgroupTree, GiB, MiB, mountLine, pressureText, V2_MOUNTINFO, v1Mountinfo } from '../fixtures/cgroup-trees.ts';

const trees: CgroupTree[] = [];
afterEach(() => {
  for (const tree of trees.splice(0)) tree.remove();
});
function tree(procCgroup: string, mountinfo: string): CgroupTree {
  const made = new CgroupTree(procCgroup, mountinfo);
  trees.push(made);
  return made;
}

/** A runner's systemd service on a cgroup v2 host, limited by itself and by its slice. */
function v2Service(serviceMemoryMax: string, sliceMemoryMax = 'max'): CgroupTree {
  return tree('0::/system.slice/actions.runner.service', V2_MOUNTINFO)
    .files('/sys/fs/cgroup', { 'cgroup.controllers': 'cpuset cpu io memory hugetlb pids rdma misc', 'cpu.pressure': pressureText(3) })
    .files('/sys/fs/cgroup/system.slice', { 'memory.max': sliceMemoryMax, 'cpu.max': 'max 100000', 'pids.max': 'max' })
    .files('/sys/fs/cgroup/system.slice/actions.runner.service', {
      'memory.max': serviceMemoryMax,
      'memory.current': String(900 * MiB),
      'memory.stat': `anon ${700 * MiB}\nfile ${200 * MiB}\nactive_file ${100 * MiB}\ninactive_file ${100 * MiB}\nslab 1000`,
      'memory.events': 'low 0\nhigh 0\nmax 12\noom 2\noom_kill 2\noom_group_kill 0',
      'cpu.max': '50000 100000',
      'cpu.stat': 'usage_usec 5000000\nuser_usec 4000000\nsystem_usec 1000000\nnr_periods 100\nnr_throttled 40\nthrottled_usec 2000000',
      'cpuset.cpus.effective': '0-1',
      'pids.max': '512',
      'pids.current': '37',
      'io.stat': '8:0 rbytes=1000 wbytes=2000 rios=1 wios=2 dbytes=0 dios=0\n8:16 rbytes=10 wbytes=20 rios=1 wios=1 dbytes=0 dios=0',
      'cpu.pressure': pressureText(42.5),
      'memory.pressure': pressureText(1),
    });
}

describe('parsers', () => {
  it('reads /proc/self/cgroup lines of v1, v2 and named hierarchies', () => {
    expect(parseProcCgroup('12:cpu,cpuacct:/docker/abc\n9:name=systemd:/docker/abc\n0::/docker/abc\nnonsense\n')).toEqual([
      { controllers: ['cpu', 'cpuacct'], path: '/docker/abc', unified: false },
      { controllers: ['name=systemd'], path: '/docker/abc', unified: false },
      { controllers: [], path: '/docker/abc', unified: true },
    ]);
  });

  it('finds cgroup mounts in mountinfo, with optional fields and escaped paths', () => {
    const mounts = parseCgroupMounts(['22 1 8:1 / / rw - ext4 /dev/sda1 rw', '40 30 0:37 /a\\040b /sys/fs/cgroup/x rw shared:9 master:2 - cgroup cgroup rw,memory,pids', mountLine(41, '/', '/c2', 'cgroup2')].join('\n'));
    expect(mounts).toEqual([
      { root: '/a b', mountPoint: '/sys/fs/cgroup/x', unified: false, controllers: ['memory', 'pids'] },
      { root: '/', mountPoint: '/c2', unified: true, controllers: [] },
    ]);
  });

  it('reads limits: max and the v1 no-limit number are no limit; quotas as CPUs; CPU lists', () => {
    expect(parseLimit('max')).toBeUndefined();
    expect(parseLimit('9223372036854771712')).toBeUndefined();
    expect(parseLimit('1073741824\n')).toBe(GiB);
    expect(parseLimit('-1')).toBeUndefined();
    expect(parseCpuMax('50000 100000')).toBe(0.5);
    expect(parseCpuMax('max 100000')).toBeUndefined();
    expect(parseCpuMax('250000 100000')).toBe(2.5);
    expect(countCpuList('0-3,8,10-11\n')).toBe(7);
    expect(countCpuList('')).toBeUndefined();
    expect(countCpuList('0-x')).toBeUndefined();
    expect(parsePressure(pressureText(12.34))).toEqual({ someAvg10: 12.34, someAvg60: 1, someTotalUsec: 123456, fullAvg10: 0 });
    expect(parsePressure('some avg10=1.00 avg60=2.00 avg300=3.00 total=4')).toEqual({ someAvg10: 1, someAvg60: 2, someTotalUsec: 4 }); // /proc/pressure/cpu before 5.13 has no full line
    expect(parsePressure('garbage')).toBeUndefined();
  });

  it('takes the smallest CPU count of quota, cpuset and online CPUs', () => {
    expect(effectiveCpus({ cpuQuota: 0.5, cpusetCpus: 2 }, 4)).toBe(0.5);
    expect(effectiveCpus({ cpusetCpus: 1 }, 4)).toBe(1);
    expect(effectiveCpus({ cpuQuota: 8 }, 4)).toBe(4);
    expect(isLimited({ memoryBytes: 64 * GiB }, { memoryBytes: 16 * GiB, cpus: 4 })).toBe(false);
    expect(isLimited({ memoryBytes: GiB }, { memoryBytes: 16 * GiB, cpus: 4 })).toBe(true);
    expect(isLimited({ cpusetCpus: 1 }, { memoryBytes: 16 * GiB, cpus: 4 })).toBe(true);
  });
});

describe('cgroup v2', () => {
  it('follows a nested path: the service limit, the working set, OOM kills, throttling, PSI, io', () => {
    const dirs = locateCgroup({ procRoot: v2Service(String(GiB)).proc, fsRoot: trees[0]!.root })!;
    expect(dirs.version).toBe(2);
    expect(dirs.path).toBe('/system.slice/actions.runner.service');
    expect(dirs.dirs.memory).toEqual([trees[0]!.at('/sys/fs/cgroup/system.slice/actions.runner.service'), trees[0]!.at('/sys/fs/cgroup/system.slice'), trees[0]!.at('/sys/fs/cgroup')]);
    const snapshot = readCgroup(dirs);
    expect(snapshot.limits).toEqual({ memoryBytes: GiB, cpuQuota: 0.5, cpusetCpus: 2, pidsMax: 512 });
    expect(snapshot.usage).toEqual({
      memoryBytes: 900 * MiB,
      inactiveFileBytes: 100 * MiB,
      workingSetBytes: 800 * MiB,
      oomKills: 2,
      cpuUsageUsec: 5_000_000,
      cpuPeriods: 100,
      throttledPeriods: 40,
      throttledUsec: 2_000_000,
      pids: 37,
      ioReadBytes: 1010,
      ioWrittenBytes: 2020,
      pressure: { cpu: expect.objectContaining({ someAvg10: 42.5 }), memory: expect.objectContaining({ someAvg10: 1 }) },
    });
  });

  it('takes a parent slice limit that is smaller than the cgroup own', () => {
    const dirs = locateCgroup({ procRoot: v2Service('max', String(512 * MiB)).proc, fsRoot: trees[0]!.root })!;
    expect(readCgroup(dirs).limits.memoryBytes).toBe(512 * MiB);
  });

  it('reads a container in its own cgroup namespace, where the cgroup is the mount root', () => {
    const t = tree('0::/', V2_MOUNTINFO).files('/sys/fs/cgroup', { 'cgroup.controllers': 'cpu memory pids', 'memory.max': String(2 * GiB), 'cpu.max': '100000 100000', 'memory.current': String(GiB) });
    const dirs = locateCgroup({ procRoot: t.proc, fsRoot: t.root })!;
    expect(dirs).toMatchObject({ version: 2, path: '/' });
    expect(dirs.dirs.memory).toEqual([t.at('/sys/fs/cgroup')]);
    expect(readCgroup(dirs).limits).toEqual({ memoryBytes: 2 * GiB, cpuQuota: 1 });
  });

  it('reads a container without a namespace, whose mount root is its own cgroup', () => {
    const t = tree('0::/kubepods/burstable/pod1/ctr', mountLine(30, '/kubepods/burstable/pod1/ctr', '/sys/fs/cgroup', 'cgroup2')).files('/sys/fs/cgroup', {
      'cgroup.controllers': 'cpu memory',
      'memory.max': String(GiB),
    });
    expect(readCgroup(locateCgroup({ procRoot: t.proc, fsRoot: t.root })!).limits.memoryBytes).toBe(GiB);
  });

  it('sees no limits where everything is max, and is then not limited', () => {
    const dirs = locateCgroup({ procRoot: v2Service('max').proc, fsRoot: trees[0]!.root })!;
    const limits = readCgroup(dirs).limits;
    expect(limits.memoryBytes).toBeUndefined();
    expect(isLimited({ ...limits, cpuQuota: undefined }, { memoryBytes: 16 * GiB, cpus: 2 })).toBe(false);
  });

  it('lists only the usage files that exist, keyed by controller', () => {
    const dirs = locateCgroup({ procRoot: v2Service(String(GiB)).proc, fsRoot: trees[0]!.root })!;
    expect([...usageFiles(dirs).keys()]).toEqual(['memory:memory.current', 'memory:memory.stat', 'memory:memory.events', 'cpuacct:cpu.stat', 'pids:pids.current', 'io:io.stat', 'pressure:cpu.pressure', 'pressure:memory.pressure']);
  });
});

describe('cgroup v1', () => {
  function dockerV1(files: Record<string, Record<string, string>>): CgroupTree {
    const t = tree(['12:pids:/docker/abc', '4:memory:/docker/abc', '3:cpu,cpuacct:/docker/abc', '2:cpuset:/docker/abc', '1:name=systemd:/docker/abc', '0::/'].join('\n'), v1Mountinfo('/docker/abc'));
    t.files('/sys/fs/cgroup/unified', { 'cgroup.controllers': '', 'cpu.pressure': pressureText(7) });
    for (const [dir, texts] of Object.entries(files)) t.files(dir, texts);
    return t;
  }

  it('reads a Docker container (mount roots are the container cgroup), with the hybrid unified hierarchy for PSI', () => {
    const t = dockerV1({
      '/sys/fs/cgroup/memory': {
        'memory.limit_in_bytes': String(GiB),
        'memory.usage_in_bytes': String(600 * MiB),
        'memory.stat': `cache ${300 * MiB}\ninactive_file ${50 * MiB}\nhierarchical_memory_limit ${GiB}\ntotal_inactive_file ${200 * MiB}`,
        'memory.oom_control': 'oom_kill_disable 0\nunder_oom 0\noom_kill 1',
      },
      '/sys/fs/cgroup/cpu,cpuacct': { 'cpu.cfs_quota_us': '50000', 'cpu.cfs_period_us': '100000', 'cpuacct.usage': '3000000000', 'cpu.stat': 'nr_periods 10\nnr_throttled 4\nthrottled_time 500000000' },
      '/sys/fs/cgroup/cpuset': { 'cpuset.cpus': '0', 'cpuset.effective_cpus': '0' },
      '/sys/fs/cgroup/pids': { 'pids.max': 'max', 'pids.current': '9' },
    });
    const dirs = locateCgroup({ procRoot: t.proc, fsRoot: t.root })!;
    expect(dirs).toMatchObject({ version: 1, path: '/docker/abc' });
    expect(dirs.dirs.cpuacct).toEqual([t.at('/sys/fs/cgroup/cpu,cpuacct')]);
    const snapshot = readCgroup(dirs);
    expect(snapshot.limits).toEqual({ memoryBytes: GiB, cpuQuota: 0.5, cpusetCpus: 1 });
    expect(snapshot.usage).toMatchObject({ memoryBytes: 600 * MiB, inactiveFileBytes: 200 * MiB, workingSetBytes: 400 * MiB, oomKills: 1, cpuUsageUsec: 3_000_000, cpuPeriods: 10, throttledPeriods: 4, throttledUsec: 500_000, pids: 9 });
    // The unified hierarchy of a hybrid host is "/": the host's pressure, not the container's.
    expect(dirs.dirs.pressure).toEqual([t.at('/sys/fs/cgroup/unified')]);
  });

  it('treats the huge no-limit number and a quota of -1 as no limit', () => {
    const t = dockerV1({
      '/sys/fs/cgroup/memory': { 'memory.limit_in_bytes': '9223372036854771712', 'memory.stat': 'hierarchical_memory_limit 9223372036854771712' },
      '/sys/fs/cgroup/cpu,cpuacct': { 'cpu.cfs_quota_us': '-1', 'cpu.cfs_period_us': '100000' },
    });
    expect(readCgroup(locateCgroup({ procRoot: t.proc, fsRoot: t.root })!).limits).toEqual({});
  });

  it('copes with missing controllers: only memory mounted', () => {
    const t = tree('4:memory:/job', [mountLine(31, '/', '/sys/fs/cgroup/memory', 'cgroup', 'rw,memory')].join('\n')).files('/sys/fs/cgroup/memory/job', { 'memory.limit_in_bytes': String(GiB), 'memory.usage_in_bytes': '100' });
    const dirs = locateCgroup({ procRoot: t.proc, fsRoot: t.root })!;
    expect(Object.keys(dirs.dirs)).toEqual(['memory']);
    expect(readCgroup(dirs)).toMatchObject({ version: 1, limits: { memoryBytes: GiB }, usage: { memoryBytes: 100, workingSetBytes: 100 } });
  });

  it('interprets recorded v1 files the same way as live ones', () => {
    const usage = interpretUsage(new Map([['memory:memory.usage_in_bytes', '1000\n'], ['memory:memory.stat', 'inactive_file 1\ntotal_inactive_file 300\n'], ['cpuacct:cpuacct.usage', '1500\n']]), 1);
    expect(usage).toEqual({ memoryBytes: 1000, inactiveFileBytes: 300, workingSetBytes: 700, cpuUsageUsec: 2, pressure: {} });
  });
});

describe('no cgroup to read', () => {
  it('is undefined without procfs files, without cgroup mounts, or when the cgroup is outside every mount', () => {
    expect(locateCgroup({ procRoot: '/nonexistent-proc' })).toBeUndefined();
    const t = tree('0::/x', '22 1 8:1 / / rw - ext4 /dev/sda1 rw');
    expect(locateCgroup({ procRoot: t.proc, fsRoot: t.root })).toBeUndefined();
    const outside = tree('0::/../elsewhere', mountLine(30, '/mine', '/sys/fs/cgroup', 'cgroup2'));
    expect(locateCgroup({ procRoot: outside.proc, fsRoot: outside.root })).toBeUndefined();
  });
});

describe('measureJobScope', () => {
  const node = { cpus: { online: 4, available: 4 }, meminfo: { totalBytes: 16 * GiB, availableBytes: 12 * GiB, swapTotalBytes: 0, swapFreeBytes: 0 } };

  it("judges a limited job by its limit: memory left of the limit, CPUs of the quota, the cgroup's own PSI", () => {
    const t = v2Service(String(GiB)).procFile('pressure/cpu', pressureText(5));
    const scope = measureJobScope(node, { procRoot: t.proc, fsRoot: t.root });
    expect(scope).toMatchObject({ scope: 'cgroup', cpuCount: 0.5, memory: { totalBytes: GiB, availableBytes: GiB - 800 * MiB }, cpuPressure: { someAvg10: 42.5, scope: 'cgroup' } });
    expect(scope.cgroup).toMatchObject({ version: 2, limited: true, limits: { effectiveCpus: 0.5 }, usage: { oomKills: 2, recentOomKills: 2, workingSetBytes: 800 * MiB } });
  });

  it('keeps the host figures where the cgroup limits nothing, with the host PSI when the cgroup is the root', () => {
    const t = tree('0::/', V2_MOUNTINFO).files('/sys/fs/cgroup', { 'cgroup.controllers': 'cpu memory', 'memory.current': '1', 'cpu.pressure': pressureText(9) }).procFile('pressure/cpu', pressureText(9));
    const scope = measureJobScope(node, { procRoot: t.proc, fsRoot: t.root });
    expect(scope).toMatchObject({ scope: 'host', cpuCount: 4, memory: { totalBytes: 16 * GiB, availableBytes: 12 * GiB }, cpuPressure: { someAvg10: 9, scope: 'host' } });
    expect(scope.cgroup?.limited).toBe(false);
  });

  it('never reports more available than the node has', () => {
    const t = v2Service(String(8 * GiB));
    expect(measureJobScope({ ...node, meminfo: { ...node.meminfo, availableBytes: GiB } }, { procRoot: t.proc, fsRoot: t.root }).memory).toEqual({ totalBytes: 8 * GiB, availableBytes: GiB });
  });
});

describe('recentOomKills', () => {
  it('counts kills as recent for an hour after the count rose, remembered per cgroup', () => {
    const t = tree('0::/', V2_MOUNTINFO);
    const file = path.join(t.root, 'state', 'oom.json');
    const at = (now: number, count: number, cgroup = '/a') => recentOomKills(cgroup, count, { oomStateFile: file, now });
    expect(at(0, 0)).toBe(0);
    expect(at(1000, 2)).toBe(2); // rose
    expect(at(1000 + RECENT_OOM_MS - 1, 2)).toBe(2);
    expect(at(1000 + RECENT_OOM_MS, 2)).toBe(0); // an hour without new kills
    expect(at(2 * RECENT_OOM_MS, 3)).toBe(3); // rose again
    expect(at(5 * RECENT_OOM_MS, 1)).toBe(1); // fell: a new cgroup at that path
    expect(at(5 * RECENT_OOM_MS, 4, '/b')).toBe(4); // first seen with kills: when they happened is unknown
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')) as object)).toEqual(['/a', '/b']);
    expect(recentOomKills('/a', 5, {})).toBe(5); // nowhere to remember: every kill counts
  });
});
