import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError, ExternalError } from '../errors.ts';
import { withSystemErrors } from '../system-errors.ts';
import { formatBytes } from '../units.ts';
import { detectPackageManager, findExecutable, missingBinariesMessage, readOsRelease } from './packages.ts';
import { runCommandBuffer } from './commands.ts';
import { decodeXwd, type RgbaImage } from './xwd.ts';

/** Encodes RGBA as PNG. The encoder is loaded here: most steps never take a screenshot. */
export async function encodePng(image: RgbaImage): Promise<Buffer> {
  const { PNG } = await import('pngjs');
  const png = new PNG({ width: image.width, height: image.height });
  image.data.copy(png.data);
  return PNG.sync.write(png);
}

/** A saved screenshot. */
export interface Screenshot {
  path: string;
  width: number;
  height: number;
  bytes: number;
}

/**
 * Saves a PNG of the whole screen of `display` (`xwd -root`, decoded here: no ImageMagick
 * needed). `env` must carry XAUTHORITY when the display has a cookie.
 * @throws ConfigurationError without xwd, with the command that installs it.
 * @throws ExternalError when the file cannot be written (a full disk, a read-only directory), naming it.
 */
export async function captureScreenshot(display: string, file: string, env: NodeJS.ProcessEnv, timeoutMs = 15_000): Promise<Screenshot> {
  if (!findExecutable('xwd', env['PATH'])) {
    throw new ConfigurationError(missingBinariesMessage([{ binary: 'xwd', purpose: 'screenshot' }], detectPackageManager(readOsRelease()), process.getuid?.() === 0));
  }
  const dump = await runCommandBuffer('xwd', ['-root', '-silent', '-display', display], { env, timeoutMs });
  if (!dump.ok) throw new ExternalError(`xwd -root -display ${display} failed: ${dump.stderr.trim() || 'no output'}`);
  const image = decodeXwd(dump.stdout);
  const png = await encodePng(image);
  await withSystemErrors({ doing: `saving a screenshot of ${display} (${formatBytes(png.length)})`, path: file, remedy: "set 'screenshot-path' to a writable place with room" }, async () => {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, png);
  });
  return { path: file, width: image.width, height: image.height, bytes: png.length };
}
