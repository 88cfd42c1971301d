/** An image decoded from XWD: 8-bit RGBA, row-major, as pngjs takes it. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Buffer;
}

/** The XWDFileHeader: 25 CARD32, always written most-significant byte first. */
export interface XwdHeader {
  headerSize: number;
  fileVersion: number;
  pixmapFormat: number;
  pixmapDepth: number;
  width: number;
  height: number;
  byteOrder: number;
  bitsPerPixel: number;
  bytesPerLine: number;
  visualClass: number;
  redMask: number;
  greenMask: number;
  blueMask: number;
  colormapEntries: number;
  ncolors: number;
}

const HEADER_FIELDS = 25;
const Z_PIXMAP = 2;
const LSB_FIRST = 0;
/** X visual classes: StaticGray 0, GrayScale 1, StaticColor 2, PseudoColor 3, TrueColor 4, DirectColor 5. */
const TRUE_COLOR = 4;
const DIRECT_COLOR = 5;
const COLOR_SIZE = 12;

/** Reads the header; throws on anything that is not a version-7 ZPixmap dump. */
export function parseXwdHeader(file: Buffer): XwdHeader {
  if (file.length < HEADER_FIELDS * 4) throw new Error(`not an XWD file: ${file.length} bytes is shorter than its header`);
  const field = (i: number) => file.readUInt32BE(i * 4);
  const header: XwdHeader = {
    headerSize: field(0),
    fileVersion: field(1),
    pixmapFormat: field(2),
    pixmapDepth: field(3),
    width: field(4),
    height: field(5),
    byteOrder: field(7),
    bitsPerPixel: field(11),
    bytesPerLine: field(12),
    visualClass: field(13),
    redMask: field(14),
    greenMask: field(15),
    blueMask: field(16),
    colormapEntries: field(18),
    ncolors: field(19),
  };
  if (header.fileVersion !== 7) throw new Error(`unsupported XWD file version ${header.fileVersion} (expected 7)`);
  if (header.pixmapFormat !== Z_PIXMAP) throw new Error(`unsupported XWD pixmap format ${header.pixmapFormat} (expected ZPixmap)`);
  if (![8, 16, 24, 32].includes(header.bitsPerPixel)) throw new Error(`unsupported XWD bits per pixel ${header.bitsPerPixel}`);
  if (header.headerSize < HEADER_FIELDS * 4 || header.width === 0 || header.height === 0) throw new Error('malformed XWD header');
  if (header.bytesPerLine < Math.ceil((header.width * header.bitsPerPixel) / 8)) throw new Error('malformed XWD header: bytes per line too small for the width');
  return header;
}

/** Scales a masked channel to 0–255 whatever its width (5, 6, 8 or 10 bits). */
function channel(pixel: number, mask: number): number {
  if (mask === 0) return 0;
  const shift = 31 - Math.clz32(mask & -mask);
  const max = mask >>> shift;
  return Math.round((((pixel & mask) >>> shift) * 255) / max);
}

/**
 * Decodes an `xwd` dump into RGBA. Handles both byte orders, 8/16/24/32 bits per pixel, masks
 * of any layout (TrueColor/DirectColor) and colormapped visuals (a lookup in the file's colors).
 */
export function decodeXwd(file: Buffer): RgbaImage {
  const header = parseXwdHeader(file);
  const colorsStart = header.headerSize;
  const dataStart = colorsStart + header.ncolors * COLOR_SIZE;
  const needed = dataStart + header.bytesPerLine * header.height;
  if (file.length < needed) throw new Error(`truncated XWD file: ${file.length} bytes, expected ${needed}`);
  const bytes = header.bitsPerPixel / 8;
  const lsb = header.byteOrder === LSB_FIRST;
  const readPixel = (offset: number): number => {
    let value = 0;
    for (let i = 0; i < bytes; i++) {
      const byte = file[offset + (lsb ? i : bytes - 1 - i)]!;
      value += byte * 2 ** (8 * i);
    }
    return value >>> 0;
  };
  const masked = header.visualClass === TRUE_COLOR || header.visualClass === DIRECT_COLOR;
  const colormap = new Map<number, [number, number, number]>();
  if (!masked) {
    for (let i = 0; i < header.ncolors; i++) {
      const at = colorsStart + i * COLOR_SIZE;
      // XWDColor: pixel CARD32, red/green/blue CARD16, flags, pad.
      colormap.set(file.readUInt32BE(at), [file.readUInt16BE(at + 4) >> 8, file.readUInt16BE(at + 6) >> 8, file.readUInt16BE(at + 8) >> 8]);
    }
  }
  const data = Buffer.alloc(header.width * header.height * 4);
  if (masked && header.bitsPerPixel === 32 && header.redMask === 0xff0000 && header.greenMask === 0xff00 && header.blueMask === 0xff) {
    copyRgb32(file, dataStart, header, lsb, data);
    return { width: header.width, height: header.height, data };
  }
  for (let y = 0; y < header.height; y++) {
    const row = dataStart + y * header.bytesPerLine;
    for (let x = 0; x < header.width; x++) {
      const pixel = readPixel(row + x * bytes);
      const out = (y * header.width + x) * 4;
      const [r, g, b] = masked ? [channel(pixel, header.redMask), channel(pixel, header.greenMask), channel(pixel, header.blueMask)] : (colormap.get(pixel) ?? [0, 0, 0]);
      data[out] = r;
      data[out + 1] = g;
      data[out + 2] = b;
      data[out + 3] = 255;
    }
  }
  return { width: header.width, height: header.height, data };
}

/** The common case (Xvfb depth 24: 32 bits per pixel, 8-bit channels) without per-pixel masking. */
function copyRgb32(file: Buffer, dataStart: number, header: XwdHeader, lsb: boolean, data: Buffer): void {
  const [r, g, b] = lsb ? [2, 1, 0] : [1, 2, 3];
  for (let y = 0; y < header.height; y++) {
    let from = dataStart + y * header.bytesPerLine;
    let to = y * header.width * 4;
    for (let x = 0; x < header.width; x++, from += 4, to += 4) {
      data[to] = file[from + r]!;
      data[to + 1] = file[from + g]!;
      data[to + 2] = file[from + b]!;
      data[to + 3] = 255;
    }
  }
}
