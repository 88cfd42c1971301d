import { writeFileSync } from 'node:fs';
import { nodeNet, randomBytes } from '../lazy-builtins.ts';

const AUTH_NAME = 'MIT-MAGIC-COOKIE-1';
/** Xau's FamilyWild: the entry matches any host and, with an empty number, any display. */
const FAMILY_WILD = 0xffff;

/** A fresh MIT-MAGIC-COOKIE-1 secret. */
export function newCookie(): Buffer {
  return randomBytes(16);
}

/** One Xauthority entry (libXau's file format: big-endian lengths before each field). */
export function encodeXauthority(cookie: Buffer): Buffer {
  const field = (data: Buffer) => {
    const length = Buffer.alloc(2);
    length.writeUInt16BE(data.length);
    return Buffer.concat([length, data]);
  };
  const family = Buffer.alloc(2);
  family.writeUInt16BE(FAMILY_WILD);
  return Buffer.concat([family, field(Buffer.alloc(0)), field(Buffer.alloc(0)), field(Buffer.from(AUTH_NAME)), field(cookie)]);
}

/**
 * Writes an Xauthority file (mode 0600) that both Xvfb (`-auth`) and clients (`XAUTHORITY`)
 * read: only processes that can read the private runtime dir can open the display.
 */
export function writeXauthority(file: string, cookie: Buffer): void {
  writeFileSync(file, encodeXauthority(cookie), { mode: 0o600 });
}

/** The Unix socket of display `number`. */
export function displaySocket(number: number): string {
  return `/tmp/.X11-unix/X${number}`;
}

const pad4 = (n: number) => (4 - (n % 4)) % 4;

/** The X11 connection setup request (little-endian), carrying the cookie when given. */
export function connectionSetup(cookie?: Buffer): Buffer {
  const name = cookie ? Buffer.from(AUTH_NAME) : Buffer.alloc(0);
  const data = cookie ?? Buffer.alloc(0);
  const head = Buffer.alloc(12);
  head.write('l', 0, 'latin1');
  head.writeUInt16LE(11, 2);
  head.writeUInt16LE(0, 4);
  head.writeUInt16LE(name.length, 6);
  head.writeUInt16LE(data.length, 8);
  return Buffer.concat([head, name, Buffer.alloc(pad4(name.length)), data, Buffer.alloc(pad4(data.length))]);
}

/** How an X connection attempt ended. */
export type XProbe = 'accepted' | 'refused' | 'unreachable';

/**
 * Opens a real X connection to display `number` and reads the server's first reply byte:
 * 1 = success. Cheaper than spawning xdpyinfo, and proves the server accepts clients.
 */
export function probeX(number: number, cookie: Buffer | undefined, timeoutMs = 1000): Promise<XProbe> {
  return new Promise((resolve) => {
    const socket = nodeNet().createConnection({ path: displaySocket(number) });
    let settled = false;
    const finish = (result: XProbe) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(() => finish('unreachable'), timeoutMs);
    socket.once('connect', () => socket.write(connectionSetup(cookie)));
    socket.once('data', (chunk: Buffer) => finish(chunk[0] === 1 ? 'accepted' : 'refused'));
    socket.once('error', () => finish('unreachable'));
    socket.once('close', () => finish('unreachable'));
  });
}
