/**
 * A hand-off of bytes from a producer that pushes (a download) to a consumer that pulls (an
 * archive reader). Up to `limit` bytes wait in the queue, so both sides keep working through
 * each other's pauses; beyond that `push` resolves only once the consumer has taken the chunk,
 * so a slow consumer slows the producer down instead of letting chunks pile up in memory.
 */
export class ByteChannel {
  #queue: { chunk: Buffer; taken: () => void }[] = [];
  #queuedBytes = 0;
  #wake: (() => void) | undefined;
  #ended = false;
  /** Set once the consumer is gone or failed: pushes are accepted and dropped from then on. */
  #closed = false;
  #failure: Error | undefined;

  constructor(private readonly limit = 1024 * 1024) {}

  /** Hands `chunk` over; resolves when there is room again (or the consumer no longer reads). */
  push(chunk: Buffer): Promise<void> {
    if (this.#closed || this.#ended || chunk.length === 0) return Promise.resolve();
    this.#queuedBytes += chunk.length;
    const room = this.#queuedBytes <= this.limit;
    const promise = new Promise<void>((resolve) => {
      this.#queue.push({ chunk, taken: room ? noop : resolve });
      this.#notify();
    });
    return room ? Promise.resolve() : promise;
  }

  /** No more bytes will come: the consumer reads what is queued, then the end. */
  end(): void {
    this.#ended = true;
    this.#notify();
  }

  /** The consumer's next pull throws `error`; pending and later pushes are dropped. */
  fail(error: Error): void {
    this.#failure ??= error;
    this.close();
    this.#notify();
  }

  /** Called by the consumer when it stops reading: releases the producer for good. */
  close(): void {
    this.#closed = true;
    this.#queuedBytes = 0;
    for (const { taken } of this.#queue.splice(0)) taken();
  }

  /** The next chunk, or undefined at the end. */
  async pull(): Promise<Buffer | undefined> {
    for (;;) {
      if (this.#failure) throw this.#failure;
      const next = this.#queue.shift();
      if (next) {
        this.#queuedBytes -= next.chunk.length;
        next.taken();
        return next.chunk;
      }
      if (this.#ended || this.#closed) return undefined;
      await new Promise<void>((resolve) => (this.#wake = resolve));
    }
  }

  #notify(): void {
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }
}

function noop(): void {}

/** The input ended before a read could be satisfied. */
export class TruncatedInputError extends Error {
  override readonly name: string = 'TruncatedInputError';
}

/** Reads exact byte counts off a {@link ByteChannel}, keeping track of the offset. */
export class ByteReader {
  /** Bytes consumed so far: the offset of the next byte in the whole input. */
  position = 0;
  #buffered: Buffer = Buffer.alloc(0);

  constructor(private readonly channel: ByteChannel) {}

  /** Up to `length` bytes from here on, left unread (fewer only when the input ends first). */
  async peek(length: number): Promise<Buffer> {
    while (this.#buffered.length < length) {
      const chunk = await this.channel.pull();
      if (!chunk) break;
      this.#buffered = this.#buffered.length ? Buffer.concat([this.#buffered, chunk]) : chunk;
    }
    return this.#buffered.subarray(0, length);
  }

  /** Everything left, chunk by chunk, to the end of the input. */
  async *rest(): AsyncGenerator<Buffer> {
    if (this.#buffered.length) {
      const first = this.#buffered;
      this.#buffered = Buffer.alloc(0);
      this.position += first.length;
      yield first;
    }
    for (let chunk = await this.channel.pull(); chunk; chunk = await this.channel.pull()) {
      this.position += chunk.length;
      yield chunk;
    }
  }

  /** Exactly `length` bytes (copied together only when they span chunks: meant for headers). */
  async exact(length: number): Promise<Buffer> {
    while (this.#buffered.length < length) {
      const chunk = await this.channel.pull();
      if (!chunk) throw new TruncatedInputError(`the input ended at byte ${this.position + this.#buffered.length}, inside a ${length}-byte read at ${this.position}`);
      this.#buffered = this.#buffered.length ? Buffer.concat([this.#buffered, chunk]) : chunk;
    }
    const result = this.#buffered.subarray(0, length);
    this.#buffered = this.#buffered.subarray(length);
    this.position += length;
    return result;
  }

  /** The next `length` bytes as they arrive, without copying. */
  async *take(length: number): AsyncGenerator<Buffer> {
    let left = length;
    while (left > 0) {
      if (this.#buffered.length === 0) {
        const chunk = await this.channel.pull();
        if (!chunk) throw new TruncatedInputError(`the input ended at byte ${this.position}, ${left} bytes short of the end of a ${length}-byte part`);
        this.#buffered = chunk;
      }
      const piece = this.#buffered.subarray(0, Math.min(left, this.#buffered.length));
      this.#buffered = this.#buffered.subarray(piece.length);
      this.position += piece.length;
      left -= piece.length;
      yield piece;
    }
  }
}
