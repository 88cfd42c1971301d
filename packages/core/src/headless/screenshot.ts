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

/** Width and height from a PNG's IHDR chunk (pure), or undefined when `data` is no PNG. */
export function pngSize(data: Buffer): { width: number; height: number } | undefined {
  const signature = '89504e470d0a1a0a';
  if (data.length < 24 || data.subarray(0, 8).toString('hex') !== signature || data.subarray(12, 16).toString('latin1') !== 'IHDR') return undefined;
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/**
 * Saves a PNG of the Wayland session's output with `grim` (the compositor's screencopy), so
 * native Wayland windows are in it too. `env` must carry XDG_RUNTIME_DIR and WAYLAND_DISPLAY.
 * @throws ConfigurationError without grim, with the command that installs it.
 * @throws ExternalError when grim fails or the file cannot be written, naming it.
 */
export async function captureWaylandScreenshot(file: string, env: NodeJS.ProcessEnv, timeoutMs = 15_000): Promise<Screenshot> {
  if (!findExecutable('grim', env['PATH'])) {
    throw new ConfigurationError(missingBinariesMessage([{ binary: 'grim', purpose: 'screenshot' }], detectPackageManager(readOsRelease()), process.getuid?.() === 0));
  }
  // grim writes PNG to stdout ('-'): the file is written here, with the same errors as an X screenshot.
  const shot = await runCommandBuffer('grim', ['-t', 'png', '-l', '1', '-'], { env, timeoutMs });
  const size = shot.ok ? pngSize(shot.stdout) : undefined;
  if (!size) throw new ExternalError(`grim (on ${env['WAYLAND_DISPLAY'] ?? 'no WAYLAND_DISPLAY'}) failed: ${shot.stderr.trim() || 'no PNG on its output'}`);
  await withSystemErrors({ doing: `saving a screenshot of ${env['WAYLAND_DISPLAY'] ?? 'the Wayland session'} (${formatBytes(shot.stdout.length)})`, path: file, remedy: "set 'screenshot-path' to a writable place with room" }, async () => {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, shot.stdout);
  });
  return { path: file, ...size, bytes: shot.stdout.length };
}
