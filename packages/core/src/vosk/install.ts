import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { UnsafeArchiveError, type ExtractedFile } from '../archives/extract.ts';
import { StreamingExtraction } from '../archives/streaming.ts';
import type { InstallProduct } from '../cache-store/local-store.ts';
import { ConfigurationError, ExternalError } from '../errors.ts';
import { downloadFile, DownloadTimeoutError, HttpNotFoundError } from '../http/download.ts';
import type { Logger } from '../logging.ts';
import type { PhaseClock } from '../phase-clock.ts';
import { explainSystemError, withSystemErrors, type SystemErrorContext } from '../system-errors.ts';
import { checkVoskLayout, findModelRoot, isFile } from './layout.ts';
import type { LibvoskAsset } from './libvosk.ts';
import { formatBytes, formatDuration } from '../units.ts';
import { MODEL_LIST_HINT, type ModelSpec } from './sources.ts';
import { nowMs } from '../clock.ts';

/** Uncompressed size an archive may reach before it counts as a zip bomb (largest models: ~4 GB). */
const MAX_EXTRACTED_BYTES = 64 * 2 ** 30;

/** Download and extraction settings shared by models and the library. */
export interface FetchSettings {
  retries: number;
  logger: Logger;
  /** Overall limit on each download (`download-timeout`); undefined: derived from the size. */
  limitMs?: number;
  /** What the user can do when the cache's disk fails (see {@link SystemErrorContext.remedy}). */
  storageRemedy: string;
  /** Aborts the download (the cache lock was taken over). */
  signal?: AbortSignal;
  /** Told when the download, the extraction and the checks begin. */
  clock?: PhaseClock;
}

async function fetchAndExtract(stagingDir: string, what: string, url: string, sha256: string | undefined, settings: FetchSettings, notFoundHint: string) {
  const archive = path.join(stagingDir, 'archive');
  const extracted = path.join(stagingDir, 'extracted');
  const context = (doing: string): SystemErrorContext => ({ doing, path: stagingDir, remedy: settings.storageRemedy });
  // Entries are written as they arrive; kept only once the digest and the central directory check out.
  const streaming = await withSystemErrors(context(`preparing to download ${what}`), async () => {
    await mkdir(extracted);
    return StreamingExtraction.start(extracted, { maxBytes: MAX_EXTRACTED_BYTES });
  });
  const started = nowMs();
  settings.clock?.enter('download');
  let download;
  try {
    download = await downloadFile({
      url,
      destination: archive,
      label: what,
      retries: settings.retries,
      logger: settings.logger,
      tap: streaming,
      ...(sha256 ? { expectedSha256: sha256 } : {}),
      ...(settings.limitMs === undefined ? {} : { limitMs: settings.limitMs }),
      ...(settings.signal ? { signal: settings.signal } : {}),
    });
  } catch (error: unknown) {
    await streaming.cancel();
    if (error instanceof HttpNotFoundError) throw new ConfigurationError(`${what} was not found at ${url} (HTTP ${error.status}). ${notFoundHint}`);
    if (error instanceof DownloadTimeoutError) {
      throw new ExternalError(`${error.message} Set 'download-timeout' above ${formatDuration(error.limitMs)} if the server is just slow, or download from a faster mirror ('base-url' or 'url').`, { cause: error });
    }
    throw await explainSystemError(error, context(`downloading ${what} from ${url}`));
  }
  const finishing = nowMs();
  settings.clock?.enter('extract');
  let extraction;
  try {
    extraction = await streaming.finish(archive);
  } catch (error: unknown) {
    // The staging file's name means nothing to the user; the URL does.
    if (error instanceof UnsafeArchiveError) throw new UnsafeArchiveError(error.message.replace(archive, url), { cause: error });
    throw await explainSystemError(error, context(`extracting ${what} (from a ${formatBytes(download.bytes)} archive, kept until extracted)`));
  }
  const { files, bytes, streamed, fallbackReason } = extraction;
  if (fallbackReason) settings.logger.debug(`${what}: not extracted while downloading: ${fallbackReason}`);
  const how = streamed ? `while downloading, finished ${formatDuration(nowMs() - finishing)} after the download` : `in ${formatDuration(nowMs() - finishing)}`;
  settings.logger.info(`${what}: extracted ${files.length} files (${formatBytes(bytes)}) ${how}; ${formatDuration(nowMs() - started)} in all.`);
  await rm(archive, { force: true }); // free the space before the entry moves into place
  return { extracted, download, files };
}

/** The extracted files under `root` (a directory inside `extracted`), relative to it. */
function filesUnder(extracted: string, root: string, files: readonly ExtractedFile[]): ExtractedFile[] {
  const prefix = path.relative(extracted, root).split(path.sep).join('/');
  if (prefix === '') return [...files];
  return files.filter((f) => f.path.startsWith(`${prefix}/`)).map((f) => ({ ...f, path: f.path.slice(prefix.length + 1) }));
}

/** Downloads, verifies and extracts a model archive into `stagingDir`; checks the Vosk layout. */
export async function produceModel(spec: ModelSpec, stagingDir: string, settings: FetchSettings): Promise<InstallProduct> {
  const hint = `${MODEL_LIST_HINT}; or set 'url' / 'base-url' to where your archives are.`;
  const { extracted, download, files } = await fetchAndExtract(stagingDir, spec.name, spec.url, spec.sha256, settings, hint);
  settings.clock?.enter('verify');
  const root = await findModelRoot(extracted);
  const problems = await checkVoskLayout(root);
  if (problems.length) throw new ConfigurationError(`The archive from ${spec.url} is not a Vosk model: ${problems.join('; ')}.`);
  return { contentDir: root, source: spec.url, sha256: download.sha256, archiveBytes: download.bytes, files: filesUnder(extracted, root, files) };
}

/** Downloads and extracts a vosk-api release archive; checks the library and header are there. */
export async function produceLibvosk(asset: LibvoskAsset, url: string, sha256: string | undefined, stagingDir: string, settings: FetchSettings): Promise<InstallProduct> {
  const hint = `Check 'libvosk-version' against the vosk-api releases (https://github.com/alphacep/vosk-api/releases), or set 'libvosk-base-url'.`;
  const { extracted, download, files } = await fetchAndExtract(stagingDir, `libvosk ${asset.version}`, url, sha256, settings, hint);
  settings.clock?.enter('verify');
  const root = await findModelRoot(extracted); // one top directory, like the models
  for (const required of [asset.library, asset.header]) {
    if (!(await isFile(path.join(root, required)))) throw new ConfigurationError(`The archive from ${url} has no ${required}; is it a vosk-api release for ${asset.platform}?`);
  }
  return { contentDir: root, source: url, sha256: download.sha256, archiveBytes: download.bytes, files: filesUnder(extracted, root, files) };
}
