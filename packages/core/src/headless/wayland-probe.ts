import { nodeNet } from '../lazy-builtins.ts';

// A Wayland client in a few lines of the wire protocol: wl_display.get_registry and a sync,
// then the globals until the sync's callback is done. Cheaper than spawning wayland-info, and it
// proves what text-injection and capture tools need is there.

const DISPLAY_ID = 1;
const REGISTRY_ID = 2;
const CALLBACK_ID = 3;

/** One request: object id, then size (high 16 bits) and opcode, then one new_id argument. */
function request(objectId: number, opcode: number, newId: number): Buffer {
  const message = Buffer.alloc(12);
  message.writeUInt32LE(objectId, 0);
  message.writeUInt32LE((12 << 16) | opcode, 4);
  message.writeUInt32LE(newId, 8);
  return message;
}

/** get_registry (opcode 1) and sync (opcode 0) on wl_display, in one write. */
export function registryRequests(): Buffer {
  return Buffer.concat([request(DISPLAY_ID, 1, REGISTRY_ID), request(DISPLAY_ID, 0, CALLBACK_ID)]);
}

/** What the events received so far say: the interfaces announced, and whether the sync is done. */
export interface RegistryReading {
  interfaces: string[];
  done: boolean;
  /** wl_display.error's message, when the server sent one. */
  error?: string;
  /** Bytes of an incomplete event at the end, kept for the next chunk. */
  rest: Buffer;
}

/** Parses wl_registry.global, wl_callback.done and wl_display.error events (pure). */
export function parseRegistryEvents(data: Buffer, interfaces: string[] = []): RegistryReading {
  let offset = 0;
  let done = false;
  let error: string | undefined;
  while (offset + 8 <= data.length) {
    const objectId = data.readUInt32LE(offset);
    const word = data.readUInt32LE(offset + 4);
    const size = word >>> 16;
    const opcode = word & 0xffff;
    if (size < 8 || offset + size > data.length) break;
    const body = data.subarray(offset + 8, offset + size);
    if (objectId === REGISTRY_ID && opcode === 0 && body.length >= 8) {
      const length = body.readUInt32LE(4);
      interfaces.push(body.subarray(8, 8 + Math.max(0, length - 1)).toString('latin1'));
    } else if (objectId === CALLBACK_ID && opcode === 0) {
      done = true;
    } else if (objectId === DISPLAY_ID && opcode === 0 && body.length >= 12) {
      const length = body.readUInt32LE(8);
      error = body.subarray(12, 12 + Math.max(0, length - 1)).toString('latin1');
    }
    offset += size;
  }
  return { interfaces, done, ...(error === undefined ? {} : { error }), rest: data.subarray(offset) };
}

/**
 * Connects to the compositor's socket and returns the interfaces of its globals (e.g.
 * `zwp_virtual_keyboard_manager_v1`), or undefined when it does not answer in `timeoutMs`.
 */
export function probeWayland(socketPath: string, timeoutMs = 1000): Promise<string[] | undefined> {
  return new Promise((resolve) => {
    const socket = nodeNet().createConnection({ path: socketPath });
    const interfaces: string[] = [];
    let pending: Buffer = Buffer.alloc(0);
    let settled = false;
    const finish = (result: string[] | undefined) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(() => finish(undefined), timeoutMs);
    socket.once('connect', () => socket.write(registryRequests()));
    socket.on('data', (chunk: Buffer) => {
      const reading = parseRegistryEvents(Buffer.concat([pending, chunk]), interfaces);
      pending = reading.rest;
      if (reading.error !== undefined) finish(undefined);
      else if (reading.done) finish(interfaces);
    });
    socket.once('error', () => finish(undefined));
    socket.once('close', () => finish(undefined));
  });
}
