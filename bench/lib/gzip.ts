import { gzipSync } from 'node:zlib';

/** Bytes of `data` after gzip at zlib's default level (6), about what a web server that gzips sends. */
export function gzipSize(data: string | Uint8Array): number {
  return gzipSync(typeof data === 'string' ? Buffer.from(data, 'utf8') : data, { level: 6 }).length;
}

/** Bytes as KB of 1,024 bytes (as browsers' devtools count), to one decimal. */
export function kilobytes(bytes: number): number {
  return Math.round((bytes / 1024) * 10) / 10;
}
