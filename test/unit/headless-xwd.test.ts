import { afterAll, describe, expect, it } from '@jest/globals';
import { PNG } from 'pngjs';
import { encodePng } from '../../packages/core/src/headless/screenshot.ts';
import { decodeXwd, parseXwdHeader } from '../../packages/core/src/headless/xwd.ts';
import { startDecoyXvfb, type DecoyDisplay } from '../fixtures/headless/decoy.ts';
import { run } from '../fixtures/headless/commands.ts';
import { execFile } from 'node:child_process';

const servers: DecoyDisplay[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
});

/** `xwd -root` of a display, as bytes. */
function xwdRoot(display: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile('xwd', ['-root', '-silent', '-display', `:${display}`], { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => (error ? reject(new Error(error.message, { cause: error })) : resolve(stdout)));
  });
}

const pixel = (image: { width: number; data: Buffer }, x: number, y: number) => [...image.data.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 4)];

/** Builds an XWD file by hand: header big-endian, then colors, then pixels. */
function xwdFile(options: { width: number; height: number; bpp: number; byteOrder: 0 | 1; visualClass: number; masks: [number, number, number]; colors?: [number, number, number, number][]; pixels: number[] }): Buffer {
  const { width, height, bpp } = options;
  const name = Buffer.from('test\0');
  const headerSize = 100 + name.length;
  const bytesPerLine = Math.ceil((width * bpp) / 8 / 4) * 4;
  const header = Buffer.alloc(100);
  const fields = [headerSize, 7, 2, bpp === 32 ? 24 : bpp, width, height, 0, options.byteOrder, 32, options.byteOrder, 32, bpp, bytesPerLine, options.visualClass, ...options.masks, 8, 256, options.colors?.length ?? 0, width, height, 0, 0, 0];
  fields.forEach((value, i) => header.writeUInt32BE(value >>> 0, i * 4));
  const colors = Buffer.alloc((options.colors?.length ?? 0) * 12);
  options.colors?.forEach(([index, r, g, b], i) => {
    colors.writeUInt32BE(index, i * 12);
    colors.writeUInt16BE(r, i * 12 + 4);
    colors.writeUInt16BE(g, i * 12 + 6);
    colors.writeUInt16BE(b, i * 12 + 8);
  });
  const data = Buffer.alloc(bytesPerLine * height);
  const bytes = bpp / 8;
  options.pixels.forEach((value, i) => {
    const at = Math.floor(i / width) * bytesPerLine + (i % width) * bytes;
    for (let b = 0; b < bytes; b++) {
      const byte = (value >>> (8 * b)) & 0xff;
      data[at + (options.byteOrder === 0 ? b : bytes - 1 - b)] = byte;
    }
  });
  return Buffer.concat([header, name, colors, data]);
}

describe('XWD decoding', () => {
  it('decodes a real `xwd -root` of Xvfb (24-bit) with the right size and colours', async () => {
    const server = await startDecoyXvfb('64x48x24');
    servers.push(server);
    expect((await run('hsetroot', ['-solid', '#12ab34'], { ...process.env, DISPLAY: `:${server.display}` })).code).toBe(0);
    const dump = await xwdRoot(server.display);
    const header = parseXwdHeader(dump);
    expect([header.width, header.height, header.bitsPerPixel, header.visualClass]).toEqual([64, 48, 32, 4]);
    const image = decodeXwd(dump);
    expect([image.width, image.height]).toEqual([64, 48]);
    expect(pixel(image, 0, 0)).toEqual([0x12, 0xab, 0x34, 255]);
    expect(pixel(image, 63, 47)).toEqual([0x12, 0xab, 0x34, 255]);
    const png = PNG.sync.read(await encodePng(image));
    expect([png.width, png.height]).toEqual([64, 48]);
    expect(pixel(png, 10, 10)).toEqual([0x12, 0xab, 0x34, 255]);
  });

  it('decodes a real 16-bit (5-6-5 masks) screen', async () => {
    const server = await startDecoyXvfb('40x30x16');
    servers.push(server);
    await run('hsetroot', ['-solid', '#ff0000'], { ...process.env, DISPLAY: `:${server.display}` });
    const dump = await xwdRoot(server.display);
    expect(parseXwdHeader(dump).bitsPerPixel).toBe(16);
    expect(pixel(decodeXwd(dump), 5, 5)).toEqual([255, 0, 0, 255]);
  });

  it('honours both byte orders and 24-bit packed pixels', () => {
    const masks: [number, number, number] = [0xff0000, 0x00ff00, 0x0000ff];
    const pixels = [0x102030, 0xa0b0c0, 0x000000, 0xffffff];
    for (const byteOrder of [0, 1] as const) {
      for (const bpp of [24, 32]) {
        const image = decodeXwd(xwdFile({ width: 2, height: 2, bpp, byteOrder, visualClass: 4, masks, pixels }));
        expect({ byteOrder, bpp, pixels: [pixel(image, 0, 0), pixel(image, 1, 0), pixel(image, 1, 1)] }).toEqual({ byteOrder, bpp, pixels: [[0x10, 0x20, 0x30, 255], [0xa0, 0xb0, 0xc0, 255], [255, 255, 255, 255]] });
      }
    }
  });

  it('honours masks in another layout (BGR) and colormapped visuals', () => {
    const bgr = decodeXwd(xwdFile({ width: 1, height: 1, bpp: 32, byteOrder: 0, visualClass: 5, masks: [0x0000ff, 0x00ff00, 0xff0000], pixels: [0x302010] }));
    expect(pixel(bgr, 0, 0)).toEqual([0x10, 0x20, 0x30, 255]);
    const colors: [number, number, number, number][] = [[0, 0, 0, 0], [7, 0xffff, 0x8000, 0x0000]];
    const mapped = decodeXwd(xwdFile({ width: 2, height: 1, bpp: 8, byteOrder: 0, visualClass: 3, masks: [0, 0, 0], colors, pixels: [7, 0] }));
    expect([pixel(mapped, 0, 0), pixel(mapped, 1, 0)]).toEqual([[255, 128, 0, 255], [0, 0, 0, 255]]);
  });

  it('rejects what is not a complete version-7 ZPixmap dump', () => {
    const good = xwdFile({ width: 2, height: 2, bpp: 32, byteOrder: 0, visualClass: 4, masks: [0xff0000, 0xff00, 0xff], pixels: [0, 0, 0, 0] });
    expect(() => decodeXwd(good.subarray(0, 50))).toThrow('shorter than its header');
    expect(() => decodeXwd(good.subarray(0, good.length - 1))).toThrow('truncated XWD file');
    const version6 = Buffer.from(good);
    version6.writeUInt32BE(6, 4);
    expect(() => decodeXwd(version6)).toThrow('unsupported XWD file version 6');
    const bitmap = Buffer.from(good);
    bitmap.writeUInt32BE(1, 8);
    expect(() => decodeXwd(bitmap)).toThrow('pixmap format');
  });
});
