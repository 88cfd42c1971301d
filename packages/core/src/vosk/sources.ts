import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from '../errors.ts';

/** Where one model comes from. */
export interface ModelSpec {
  name: string;
  url: string;
  sha256?: string;
}

/** Where the official models live; any mirror with the same `<name>.zip` layout works. */
export const DEFAULT_MODEL_BASE_URL = 'https://alphacephei.com/vosk/models';
export const MODEL_LIST_HINT = 'Model names are listed at https://alphacephei.com/vosk/models (for example vosk-model-small-en-us-0.15)';

const MODEL_NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,199}$/;
const SHA256 = /^[0-9a-f]{64}$/i;

/** Checks a model name: it becomes a directory name, so nothing that could leave the cache. */
export function checkModelName(name: string, inputName: string): string {
  if (!MODEL_NAME.test(name) || name.includes('..')) {
    throw new ConfigurationError(`Input '${inputName}' has the model name '${name}'; expected a name such as vosk-model-small-en-us-0.15 (letters, digits, '.', '_', '+', '-').`);
  }
  return name;
}

export function checkSha256(value: string, where: string): string {
  if (!SHA256.test(value)) throw new ConfigurationError(`${where} has '${value}'; expected a SHA-256 digest (64 hex characters).`);
  return value.toLowerCase();
}

/** An http(s) URL, or a ConfigurationError naming the input. */
export function checkUrl(value: string, inputName: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError(`Input '${inputName}' has the value '${value}'; expected an http:// or https:// URL.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigurationError(`Input '${inputName}' has the value '${value}'; expected an http:// or https:// URL.`);
  }
  return url;
}

/** Model name from an archive URL: `…/vosk-model-small-en-us-0.15.zip` → `vosk-model-small-en-us-0.15`. */
export function modelNameFromUrl(url: URL): string {
  const file = decodeURIComponent(path.posix.basename(url.pathname));
  return file.replace(/\.(zip|tar\.gz|tgz)$/i, '');
}

/**
 * Parses a checksums file of `name:sha256:<hex>` lines (the model-versions.txt teams keep);
 * blank lines and `#` comments are ignored.
 */
export function parseChecksums(text: string, file: string): Map<string, string> {
  const digests = new Map<string, string>();
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([^:\s]+):sha256:([0-9a-fA-F]{64})$/.exec(line);
    if (!match) throw new ConfigurationError(`Input 'checksums': ${file} line ${index + 1} is '${line}'; expected name:sha256:<64 hex characters>.`);
    digests.set(match[1]!, match[2]!.toLowerCase());
  }
  return digests;
}

/** The raw model inputs, before resolution. */
export interface ModelInputs {
  models: string[];
  url?: string;
  baseUrl: string;
  sha256?: string;
  checksumsFile?: string;
}

/** Resolves names, URLs and expected digests for every requested model. */
export async function resolveModelSpecs(inputs: ModelInputs, workspace: string): Promise<ModelSpec[]> {
  const base = checkUrl(inputs.baseUrl, 'base-url').href.replace(/\/+$/, '');
  const explicitUrl = inputs.url ? checkUrl(inputs.url, 'url') : undefined;
  const names = inputs.models.map((name) => checkModelName(name, 'model'));
  if (names.length === 0) {
    if (!explicitUrl) throw new ConfigurationError("Input 'model' is required (or give 'url'); expected a model name such as vosk-model-small-en-us-0.15.");
    names.push(checkModelName(modelNameFromUrl(explicitUrl), 'url'));
  }
  if (new Set(names).size !== names.length) throw new ConfigurationError(`Input 'model' lists a model twice: ${names.join(', ')}.`);
  if (names.length > 1 && explicitUrl) throw new ConfigurationError("Input 'url' gives one archive but 'model' lists several models; use 'base-url' for several.");
  const sha256 = inputs.sha256 ? checkSha256(inputs.sha256, "Input 'sha256'") : undefined;
  if (names.length > 1 && sha256) throw new ConfigurationError("Input 'sha256' is for a single model; for several, use a 'checksums' file.");

  let checksums = new Map<string, string>();
  if (inputs.checksumsFile) {
    const file = path.resolve(workspace, inputs.checksumsFile);
    const text = await readFile(file, 'utf8').catch(() => {
      throw new ConfigurationError(`Input 'checksums': cannot read ${file}; expected a file of name:sha256:<hex> lines.`);
    });
    checksums = parseChecksums(text, inputs.checksumsFile);
  }
  return names.map((name) => {
    const listed = checksums.get(name);
    if (sha256 && listed && sha256 !== listed) {
      throw new ConfigurationError(`Input 'sha256' (${sha256}) disagrees with the 'checksums' file (${listed}) for ${name}.`);
    }
    const expected = sha256 ?? listed;
    return { name, url: explicitUrl?.href ?? `${base}/${encodeURIComponent(name)}.zip`, ...(expected ? { sha256: expected } : {}) };
  });
}
