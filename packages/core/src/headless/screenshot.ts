import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { ExternalError } from '../errors.ts';
import { runCommandBuffer } from './wait.ts';
import { decodeXwd, type RgbaImage } from './xwd.ts';

/** Encodes RGBA as PNG. */
export function encodePng(image: RgbaImage): Buffer {
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
 */
export async function captureScreenshot(display: string, file: string, env: NodeJS.ProcessEnv, timeoutMs = 15_000): Promise<Screenshot> {
  const dump = await runCommandBuffer('xwd', ['-root', '-silent', '-display', display], { env, timeoutMs });
  if (!dump.ok) throw new ExternalError(`xwd -root -display ${display} failed: ${dump.stderr.trim() || 'no output'}`);
  const image = decodeXwd(dump.stdout);
  const png = encodePng(image);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, png);
  return { path: file, width: image.width, height: image.height, bytes: png.length };
}
