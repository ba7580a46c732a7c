// CRC-32 as zlib computes it, and the combination of two CRCs (zlib's crc32_combine): the CRC of
// A followed by B from the CRCs of A and B and B's length. A save then hashes only the parts of
// the file that changed (recordTable.ts keeps the CRC of each block of record lines).
import * as zlib from 'node:zlib';

const POLY = 0xedb88320;
const native = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

/** CRC-32 of `bytes`, continuing from `previous` (the CRC of what came before). */
export function crc32(bytes: Uint8Array, previous = 0): number {
  return (native ? native(bytes, previous) : crc32Js(bytes, previous)) >>> 0;
}

/** CRC-32 of the buffers one after another. */
export function crc32Of(buffers: readonly Uint8Array[]): number {
  let crc = 0;
  for (const b of buffers) crc = crc32(b, crc);
  return crc;
}

/** The CRC of A then B, from crcA, crcB and the length of B in bytes. */
export function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  return (multiplyModP(xPowerModP(lengthB, 3), crcA) ^ crcB) >>> 0;
}

/** a(x) b(x) modulo the CRC polynomial, bits reflected as zlib has them. */
function multiplyModP(a: number, b: number): number {
  let m = 0x80000000;
  let p = 0;
  for (;;) {
    if ((a & m) !== 0) {
      p ^= b;
      if ((a & (m - 1)) === 0) break;
    }
    m >>>= 1;
    b = b & 1 ? (b >>> 1) ^ POLY : b >>> 1;
  }
  return p >>> 0;
}

/** x^(2^k) modulo the polynomial, for k = 0..31. */
const X2N: number[] = (() => {
  const table: number[] = [];
  let p = 0x40000000; // x^1
  for (let k = 0; k < 32; k++) {
    table.push(p);
    p = multiplyModP(p, p);
  }
  return table;
})();

/** x^(n * 2^k) modulo the polynomial. */
function xPowerModP(n: number, k: number): number {
  let p = 0x80000000; // x^0
  while (n > 0) {
    if (n % 2 === 1) p = multiplyModP(X2N[k & 31]!, p);
    n = Math.floor(n / 2);
    k++;
  }
  return p;
}

let table: Int32Array | null = null;
/** For Node before 20.15, which has no zlib.crc32: the same function, table-driven. */
function crc32Js(bytes: Uint8Array, previous: number): number {
  if (!table) {
    table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? POLY ^ (c >>> 1) : c >>> 1;
      table[n] = c;
    }
  }
  let crc = ~previous;
  for (let i = 0; i < bytes.length; i++) crc = table[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return ~crc >>> 0;
}
