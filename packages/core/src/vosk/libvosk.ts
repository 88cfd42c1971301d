import { ConfigurationError } from '../errors.ts';

/** The vosk-api release archive for one platform and what it holds. */
export interface LibvoskAsset {
  version: string;
  /** e.g. `vosk-linux-x86_64-0.3.45.zip` */
  archive: string;
  /** e.g. `linux-x86_64`, also the cache id suffix */
  platform: string;
  library: string;
  header: string;
}

export const DEFAULT_LIBVOSK_BASE_URL = 'https://github.com/alphacep/vosk-api/releases/download';

const PLATFORMS: Record<string, Record<string, string>> = {
  linux: { x64: 'linux-x86_64', arm64: 'linux-aarch64', arm: 'linux-armv7l', ia32: 'linux-x86' },
  darwin: { x64: 'osx', arm64: 'osx' }, // one universal library
  win32: { x64: 'win64', ia32: 'win32' },
};
const LIBRARIES: Record<string, string> = { linux: 'libvosk.so', darwin: 'libvosk.dylib', win32: 'libvosk.dll' };

/** The release asset of `version` for a platform, or a ConfigurationError when there is none. */
export function libvoskAsset(version: string, platform: NodeJS.Platform = process.platform, arch: string = process.arch): LibvoskAsset {
  if (!/^\d+\.\d+\.\d+$/.test(version)) {
    throw new ConfigurationError(`Input 'libvosk-version' has the value '${version}'; expected a vosk-api release such as 0.3.45.`);
  }
  const slug = PLATFORMS[platform]?.[arch];
  const library = LIBRARIES[platform];
  if (!slug || !library) throw new ConfigurationError(`Input 'libvosk-version': vosk-api publishes no library for ${platform}/${arch}.`);
  return { version, archive: `vosk-${slug}-${version}.zip`, platform: slug, library, header: 'vosk_api.h' };
}

/** `<base>/v<version>/<archive>`, the layout of GitHub release downloads. */
export function libvoskUrl(baseUrl: string, asset: LibvoskAsset): string {
  return `${baseUrl.replace(/\/+$/, '')}/v${asset.version}/${asset.archive}`;
}

/** Environment variables that let compilers and loaders find the library and its header. */
export function libvoskEnvironment(dir: string, platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const delimiter = platform === 'win32' ? ';' : ':';
  const prepend = (name: string) => ({ [name]: [dir, env[name]].filter(Boolean).join(delimiter) });
  if (platform === 'win32') return { ...prepend('PATH'), ...prepend('LIB'), ...prepend('INCLUDE') };
  const loader = platform === 'darwin' ? 'DYLD_LIBRARY_PATH' : 'LD_LIBRARY_PATH';
  return { ...prepend(loader), ...prepend('LIBRARY_PATH'), ...prepend('CPATH') };
}
