import { statfs } from 'node:fs/promises';
import path from 'node:path';

/** What kind of filesystem a cache lives on, and what that means for sharing it. */
export interface CacheFilesystem {
  /** `local`, or the network filesystem's name (`nfs`, `smb`, `fuse`, `9p`, `ceph`, …). */
  kind: string;
  /** Shared between machines, with client-side caches and slower metadata. */
  network: boolean;
  /** The mount options that keep a shared cache safe and prompt on this kind (empty for local). */
  advice: string;
}

const SMB = { kind: 'smb', advice: 'SMB/CIFS: keep `cache=strict` (the default) or use `cache=none`; never `cache=loose`' };
const coherent = (kind: string, name: string) => ({ kind, advice: `${name}: the defaults are coherent` });

// statfs f_type magic numbers (linux/magic.h) of filesystems another machine may also mount.
const NETWORK_MAGIC: ReadonlyMap<number, { kind: string; advice: string }> = new Map([
  [0x6969, { kind: 'nfs', advice: 'NFS: the default close-to-open consistency is enough for locks and leases; add `lookupcache=positive` so a lease another host just took is never hidden by a cached "no such file"' }],
  [0xff534d42, SMB],
  [0xfe534d42, SMB],
  [0x517b, SMB],
  [0x65735546, { kind: 'fuse', advice: 'FUSE (sshfs, s3fs, …): no `kernel_cache` or `auto_cache`; `negative_timeout=0` (the default)' }],
  [0x01021997, { kind: '9p', advice: '9p: `cache=none` or `cache=mmap`, never `cache=loose`/`fscache`' }],
  [0x00c36400, coherent('ceph', 'CephFS')],
  [0x0bd00bd0, coherent('lustre', 'Lustre')],
  [0x47504653, coherent('gpfs', 'GPFS')],
  [0x01161970, coherent('gfs2', 'GFS2')],
  [0x7461636f, coherent('ocfs2', 'OCFS2')],
  [0x5346414f, coherent('afs', 'AFS')],
  [0x6b414653, coherent('afs', 'AFS')],
]);

/** Classifies an f_type; unknown types count as local. */
export function classifyFilesystem(type: number): CacheFilesystem {
  const known = NETWORK_MAGIC.get(type >>> 0);
  return known ? { ...known, network: true } : { kind: 'local', network: false, advice: '' };
}

/** The filesystem of `dir`, or of its nearest existing parent (the cache may not exist yet). */
export async function detectCacheFilesystem(dir: string): Promise<CacheFilesystem> {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    try {
      return classifyFilesystem((await statfs(current)).type);
    } catch {
      if (path.dirname(current) === current) return classifyFilesystem(0);
    }
  }
}
