/** CRC-32 (IEEE 802.3, the zip/PNG polynomial), table-driven: detects any edit of a code's bytes. */

/** Four tables of 256 entries: the first is the classic byte table, table k the CRC of a byte followed by k zero
 * bytes, so that four bytes are folded in at once ("slicing by 4", the same CRC as byte by byte). */
const CRC_TABLES: Uint32Array = (() => {
  const table = new Uint32Array(4 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++)
    for (let k = 1; k < 4; k++) {
      const previous = table[(k - 1) * 256 + n];
      table[k * 256 + n] = table[previous & 0xff] ^ (previous >>> 8);
    }
  return table;
})();

/** CRC-32 of bytes as an unsigned 32-bit integer (crc32("123456789") = 0xcbf43926). */
export function crc32(bytes: Uint8Array): number {
  const t = CRC_TABLES;
  let crc = -1;
  let i = 0;
  for (const end = bytes.length - 3; i < end; i += 4) {
    crc ^= bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24);
    crc =
      t[768 + (crc & 0xff)] ^ t[512 + ((crc >>> 8) & 0xff)] ^ t[256 + ((crc >>> 16) & 0xff)] ^ t[crc >>> 24];
  }
  for (; i < bytes.length; i++) crc = t[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return ~crc >>> 0;
}

/** Writes a 32-bit value big-endian into four bytes at offset. */
export function writeUint32(target: Uint8Array, offset: number, value: number): void {
  target[offset] = (value >>> 24) & 255;
  target[offset + 1] = (value >>> 16) & 255;
  target[offset + 2] = (value >>> 8) & 255;
  target[offset + 3] = value & 255;
}

/** Reads a big-endian unsigned 32-bit value from four bytes at offset. */
export function readUint32(source: Uint8Array, offset: number): number {
  return (
    ((source[offset] << 24) | (source[offset + 1] << 16) | (source[offset + 2] << 8) | source[offset + 3]) >>>
    0
  );
}
