import type { FileHandle } from 'node:fs/promises';
import { open, rename, rm } from 'node:fs/promises';
import { deserialize, serialize } from 'node:v8';
import { crc32 } from 'node:zlib';
import type { SnapshotMeta } from './types.js';

/**
 * The snapshot file: a fixed prefix (magic "ASKDOCIX", format version and header length as
 * little-endian u32), a JSON header (fingerprints, the caller's meta, the body's length and
 * CRC-32), then the body, one `v8.serialize` of the index's plain data. Everything a loader
 * needs to refuse a file is in the prefix and header, read before the body is.
 */
const MAGIC = Buffer.from('ASKDOCIX', 'latin1');
const PREFIX = MAGIC.length + 8;
const MAX_HEADER = 64 * 1024;

/**
 * Bump whenever what a component stores, or how it is laid out, changes — and when the text
 * analysis changes in a way the analysis fingerprint's probe might not notice.
 */
export const SNAPSHOT_VERSION = 22;

export interface SnapshotHeader {
  /** Fingerprints (see fingerprint.ts). */
  params: string;
  model: string;
  analysis: string;
  meta: SnapshotMeta;
  /** Documents in the index, for logs. */
  documents: number;
  createdAt: string;
  bodyBytes: number;
  bodyCrc: number;
}

export type HeaderFields = Omit<SnapshotHeader, 'bodyBytes' | 'bodyCrc'>;

async function writeAll(fh: FileHandle, buf: Uint8Array): Promise<void> {
  for (let o = 0; o < buf.length; ) {
    const { bytesWritten } = await fh.write(buf, o, buf.length - o);
    o += bytesWritten;
  }
}

/** Writes `file.tmp`, flushes it to disk, then renames it over `file`: a reader sees the old file or the new one. */
export async function writeSnapshotFile(file: string, fields: HeaderFields, body: unknown): Promise<void> {
  const data = serialize(body);
  const header: SnapshotHeader = { ...fields, bodyBytes: data.length, bodyCrc: crc32(data) };
  const head = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.alloc(PREFIX);
  MAGIC.copy(prefix);
  prefix.writeUInt32LE(SNAPSHOT_VERSION, MAGIC.length);
  prefix.writeUInt32LE(head.length, MAGIC.length + 4);
  const tmp = `${file}.tmp`;
  try {
    const fh = await open(tmp, 'w');
    try {
      for (const part of [prefix, head, data]) await writeAll(fh, part);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

async function readExactly(fh: FileHandle, length: number, position: number): Promise<Buffer | null> {
  // Its own ArrayBuffer (not the pool): typed arrays deserialised from it may be views into it.
  const buf = Buffer.allocUnsafeSlow(length);
  let o = 0;
  while (o < length) {
    const { bytesRead } = await fh.read(buf, o, length - o, position + o);
    if (bytesRead === 0) return null;
    o += bytesRead;
  }
  return buf;
}

function isHeader(v: unknown): v is SnapshotHeader {
  if (typeof v !== 'object' || v === null) return false;
  const h = v as Record<string, unknown>;
  const meta = h.meta as Record<string, unknown> | null | undefined;
  return (
    typeof h.params === 'string' && typeof h.model === 'string' && typeof h.analysis === 'string' &&
    typeof h.bodyBytes === 'number' && Number.isSafeInteger(h.bodyBytes) && h.bodyBytes >= 0 && typeof h.bodyCrc === 'number' &&
    typeof meta === 'object' && meta !== null && typeof meta.storeId === 'string' && typeof meta.seq === 'number'
  );
}

export type ReadResult = { header: SnapshotHeader; body: unknown } | { reason: string };

/**
 * Reads a snapshot; `accept` sees the header first and returns why it is unwanted (or null), so
 * a mismatching file costs one small read. Never throws: every failure is a reason.
 */
export async function readSnapshotFile(file: string, accept: (h: SnapshotHeader) => string | null): Promise<ReadResult> {
  let fh: FileHandle;
  try {
    fh = await open(file, 'r');
  } catch (e) {
    return { reason: `cannot open ${file}: ${(e as Error).message}` };
  }
  try {
    const size = (await fh.stat()).size;
    const prefix = size >= PREFIX ? await readExactly(fh, PREFIX, 0) : null;
    if (!prefix || !prefix.subarray(0, MAGIC.length).equals(MAGIC)) return { reason: 'not a search index snapshot' };
    const version = prefix.readUInt32LE(MAGIC.length);
    if (version !== SNAPSHOT_VERSION) return { reason: `snapshot format ${version}, this code reads ${SNAPSHOT_VERSION}` };
    const headLength = prefix.readUInt32LE(MAGIC.length + 4);
    const head = headLength <= MAX_HEADER && PREFIX + headLength <= size ? await readExactly(fh, headLength, PREFIX) : null;
    let header: unknown = null;
    try {
      header = head ? JSON.parse(head.toString('utf8')) : null;
    } catch {
      header = null;
    }
    if (!isHeader(header)) return { reason: 'snapshot header is damaged' };
    const unwanted = accept(header);
    if (unwanted !== null) return { reason: unwanted };
    if (size !== PREFIX + headLength + header.bodyBytes) return { reason: `snapshot is ${size} bytes, its header says ${PREFIX + headLength + header.bodyBytes} (truncated?)` };
    const data = await readExactly(fh, header.bodyBytes, PREFIX + headLength);
    if (!data || crc32(data) !== header.bodyCrc) return { reason: 'snapshot body is damaged (checksum)' };
    return { header, body: deserialize(data) as unknown };
  } catch (e) {
    return { reason: `cannot read snapshot: ${(e as Error).message}` };
  } finally {
    await fh.close().catch(() => undefined);
  }
}
