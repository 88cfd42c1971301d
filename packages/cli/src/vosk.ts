import path from 'node:path';
import {
  ConfigurationError,
  consoleLogger,
  formatBytes,
  Inputs,
  LocalStore,
  lockTimingFromEnv,
  markdownTable,
  parseSize,
  readSetupVoskConfig,
  runSetupVosk,
  untrusted,
} from '@runner-kit/core';

/** Flags shared by the vosk commands (parsed by main.ts). */
export interface VoskFlags {
  'cache-dir'?: string;
  'base-url'?: string;
  url?: string;
  sha256?: string;
  checksums?: string;
  retries?: string;
  'max-size'?: string;
  json?: boolean;
  full?: boolean;
  'dry-run'?: boolean;
}

/** Runs one `runner-kit vosk …` command; returns the exit code. */
export async function voskCommand(command: string, args: string[], flags: VoskFlags): Promise<number> {
  const cacheDir = resolveCacheDir(flags['cache-dir']);
  const store = new LocalStore(cacheDir, consoleLogger, lockTimingFromEnv());
  switch (command) {
    case 'prefetch':
      return prefetch(cacheDir, args, flags);
    case 'list':
      return list(store, flags.json === true);
    case 'verify':
      return verify(store, args, flags.full === true);
    case 'prune':
      return prune(store, flags);
    default:
      throw new ConfigurationError(`unknown command 'vosk ${command}'`);
  }
}

function resolveCacheDir(flag: string | undefined): string {
  if (flag) return path.resolve(flag);
  const toolCache = process.env['RUNNER_TOOL_CACHE'];
  if (!toolCache) throw new ConfigurationError("no cache directory: pass --cache-dir, or set RUNNER_TOOL_CACHE to the runner's tool cache (<runner>/_work/_tool)");
  return path.join(toolCache, 'runner-kit', 'vosk');
}

/** Warms the cache with the same code path setup-vosk takes on a self-hosted runner. */
async function prefetch(cacheDir: string, models: string[], flags: VoskFlags): Promise<number> {
  if (models.length === 0 && !flags.url) throw new ConfigurationError('vosk prefetch needs at least one model name (or --url)');
  const inputs = Inputs.fromRecord({
    model: models.join(','),
    url: flags.url,
    'base-url': flags['base-url'],
    sha256: flags.sha256,
    checksums: flags.checksums,
    retries: flags.retries,
    strategy: 'local',
    'cache-dir': cacheDir,
  });
  const config = await readSetupVoskConfig(inputs, { ...process.env, GITHUB_WORKSPACE: process.cwd() });
  const result = await runSetupVosk(config, { logger: consoleLogger, lockTiming: lockTimingFromEnv() });
  for (const model of result.models) {
    console.log(`${model.name}: ${model.cacheHit ? 'already cached' : 'installed'} (${formatBytes(model.bytes)}) at ${untrusted(model.path)}`);
  }
  return 0;
}

async function list(store: LocalStore, json: boolean): Promise<number> {
  const entries = await store.list();
  if (json) {
    const rows = entries.map((e) => ({
      kind: e.kind,
      id: e.id,
      path: e.path,
      bytes: e.manifest?.totalBytes ?? null,
      sha256: e.manifest?.sha256 ?? null,
      source: e.manifest?.source ?? null,
      installedAt: e.manifest?.installedAt ?? null,
      lastUsed: e.lastUsed.toISOString(),
      inUse: e.inUse,
      complete: e.manifest !== undefined,
    }));
    console.log(JSON.stringify(rows, null, 2));
    return 0;
  }
  if (entries.length === 0) {
    console.log(`${untrusted(store.root)} holds no cached entries.`);
    return 0;
  }
  const total = entries.reduce((sum, e) => sum + (e.manifest?.totalBytes ?? 0), 0);
  console.log(
    markdownTable(
      ['kind', 'name', 'size', 'last used', 'in use'],
      entries.map((e) => [e.kind, e.id, e.manifest ? formatBytes(e.manifest.totalBytes) : 'incomplete', e.lastUsed.toISOString(), e.inUse ? 'yes' : 'no']),
      ['l', 'l', 'r', 'l', 'l'],
    ),
  );
  console.log(`\n${entries.length} entries, ${formatBytes(total)} in ${untrusted(store.root)}`);
  return 0;
}

async function verify(store: LocalStore, names: string[], full: boolean): Promise<number> {
  const entries = (await store.list()).filter((e) => names.length === 0 || names.includes(e.id));
  const missing = names.filter((name) => !entries.some((e) => e.id === name));
  let damaged = missing.length;
  for (const name of missing) console.log(`MISSING  ${untrusted(name)}`);
  for (const entry of entries) {
    const status = await store.inspect(entry, { full });
    if (status.state === 'valid') console.log(`ok       ${entry.kind}/${untrusted(entry.id)}${full ? ' (every byte re-hashed)' : ''}`);
    else {
      damaged++;
      console.log(`DAMAGED  ${entry.kind}/${untrusted(entry.id)}: ${untrusted(status.problems.join('; '))}`);
    }
  }
  console.log(damaged ? `${damaged} problem(s); the next setup-vosk or prefetch reinstalls damaged entries.` : `all ${entries.length} entries are intact`);
  return damaged ? 1 : 0;
}

async function prune(store: LocalStore, flags: VoskFlags): Promise<number> {
  const text = flags['max-size'];
  const maxBytes = text === undefined ? undefined : parseSize(text);
  if (maxBytes === undefined) throw new ConfigurationError('vosk prune needs --max-size, a size such as 20GB or 512MiB');
  const removed = await store.evict(maxBytes, [], flags['dry-run'] === true);
  const verb = flags['dry-run'] ? 'would remove' : 'removed';
  for (const entry of removed) console.log(`${verb} ${entry.kind}/${untrusted(entry.id)} (${formatBytes(entry.manifest?.totalBytes ?? 0)}, last used ${entry.lastUsed.toISOString()})`);
  const remaining = (await store.list()).reduce((sum, e) => sum + (e.manifest?.totalBytes ?? 0), 0);
  console.log(`${removed.length} entries ${verb}; the cache holds ${formatBytes(remaining)} (limit ${formatBytes(maxBytes)}). Entries in use by a running job are never removed.`);
  return 0;
}
