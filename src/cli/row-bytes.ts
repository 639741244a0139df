/**
 * Rows written straight into bytes (`--batch`'s compact rows): JSON's text of strings, numbers
 * and literals put into a growing buffer, handed out in chunks of about 64 KB.
 *
 * Why not strings: a row built with `+` is a tree of small strings that has to be flattened
 * and encoded to UTF-8 when it is written, which cost about as much as building it; and a row
 * built as an object for `JSON.stringify` makes every tuple and run an object for the
 * collector (docs/performance.md, "Round 3: the compact rows written").
 *
 * A string is written as `JSON.stringify` writes it, byte for byte: most of a row's texts
 * (dates, kinds, months, provision codes) are printable ASCII without `"` or `\`, copied a
 * character a byte; any other text (an id, an option's name from the record) goes through
 * `JSON.stringify` and UTF-8.
 *
 * @module
 */

/** Printable ASCII that JSON writes as it is: 0x20–0x7e without `"` and `\`. */
const PLAIN: Uint8Array = (() => {
  const t = new Uint8Array(128);
  for (let c = 0x20; c < 0x7f; c++) t[c] = 1;
  t[0x22] = 0;
  t[0x5c] = 0;
  return t;
})();

/** An ASCII text's bytes, for a text written again and again ({@link RowBytes.bytes}). */
export const asciiBytes = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** Where a chunk is handed out: a little past this, at the end of a row. */
export const CHUNK_BYTES = 65_536;

/** A growing byte buffer of JSON text. */
export class RowBytes {
  #buf: Buffer;
  #at = 0;

  /** Room for `size` bytes; in `into` when given (memory of the caller's, written from its start). */
  constructor(size = CHUNK_BYTES + 16_384, into?: Buffer) {
    this.#buf = into ?? Buffer.allocUnsafe(size);
  }

  /** The bytes written so far. */
  get length(): number {
    return this.#at;
  }

  /** Room for `n` more bytes. */
  #room(n: number): Buffer {
    const need = this.#at + n;
    if (need <= this.#buf.length) return this.#buf;
    const bigger = Buffer.allocUnsafe(Math.max(need, this.#buf.length * 2));
    this.#buf.copy(bigger, 0, 0, this.#at);
    this.#buf = bigger;
    return bigger;
  }

  /** Text known to be ASCII JSON as it stands (punctuation, keys with their quotes, literals). */
  raw(s: string): void {
    const buf = this.#room(s.length);
    let at = this.#at;
    for (let i = 0; i < s.length; i++) buf[at++] = s.charCodeAt(i);
    this.#at = at;
  }

  /**
   * A CSV cell of a text that is its own cell — printable ASCII without `"` or `,`, not
   * beginning as a formula (`=`, `+`, `-`, `@`) — copied a character a byte in the one pass
   * that checks it; any other text is not written, and `false` says so.
   */
  cell(s: string): boolean {
    const first = s.charCodeAt(0);
    if (first === 0x3d || first === 0x2b || first === 0x2d || first === 0x40) return false;
    const n = s.length;
    const buf = this.#room(n);
    let at = this.#at;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x2c) return false;
      buf[at++] = c;
    }
    this.#at = at;
    return true;
  }

  /** Bytes as they are (an ASCII text's, made once: {@link asciiBytes}). */
  bytes(b: Uint8Array): void {
    const n = b.length;
    const buf = this.#room(n);
    let at = this.#at;
    for (let i = 0; i < n; i++) buf[at++] = b[i] as number;
    this.#at = at;
  }

  /** The bytes written from `from` to `to` written again (cells a record's rows share). */
  again(from: number, to: number): void {
    const buf = this.#room(to - from);
    let at = this.#at;
    for (let i = from; i < to; i++) buf[at++] = buf[i] as number;
    this.#at = at;
  }

  /** Drops what was written after the first `length` bytes. */
  cut(length: number): void {
    if (length < this.#at) this.#at = length;
  }

  /** One ASCII character by its code. */
  byte(c: number): void {
    this.#room(1)[this.#at++] = c;
  }

  /** Any text, as UTF-8 (a row `JSON.stringify` made, a CSV line). */
  text(s: string): void {
    const buf = this.#room(s.length * 3);
    this.#at += buf.write(s, this.#at, 'utf8');
  }

  /** A JSON string: `"…"` with the text as `JSON.stringify` writes it. */
  string(s: string): void {
    const buf = this.#room(s.length + 2);
    let at = this.#at;
    buf[at++] = 0x22;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 128 || PLAIN[c] === 0) {
        this.text(JSON.stringify(s));
        return;
      }
      buf[at++] = c;
    }
    buf[at++] = 0x22;
    this.#at = at;
  }

  /**
   * A JSON string of a text the library itself makes of printable ASCII without `"` or `\`
   * (a date, a month, an event's kind, a status, a provision's code): copied a character a byte,
   * unchecked. Never for a text from the record (an id, an option's name): {@link string}.
   */
  plain(s: string): void {
    const n = s.length;
    const buf = this.#room(n + 2);
    let at = this.#at;
    buf[at++] = 0x22;
    for (let i = 0; i < n; i++) buf[at++] = s.charCodeAt(i);
    buf[at++] = 0x22;
    this.#at = at;
  }

  /** A number as JSON writes it (an integer digit by digit; `null` if not finite). */
  number(n: number): void {
    if (!Number.isSafeInteger(n)) {
      this.raw(Number.isFinite(n) ? `${n}` : 'null');
      return;
    }
    const buf = this.#room(17);
    let v = n;
    if (v < 0) {
      buf[this.#at++] = 0x2d;
      v = -v;
    }
    let digits = 1;
    for (let p = 10; p <= v; p *= 10) digits++;
    let at = this.#at + digits;
    this.#at = at;
    do {
      const d = v % 10;
      buf[--at] = 0x30 + d;
      v = (v - d) / 10;
    } while (v > 0);
  }

  /** What was written, handed out for good: nothing is written after it (a worker's rows, moved away). */
  end(): Buffer {
    return this.#buf.subarray(0, this.#at);
  }

  /** What was written, handed out; the buffer starts again empty (a new one: the old may still be in a write). */
  take(): Buffer {
    const out = this.#buf.subarray(0, this.#at);
    this.#buf = Buffer.allocUnsafe(this.#buf.length);
    this.#at = 0;
    return out;
  }
}
