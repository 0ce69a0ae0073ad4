import { DirectoryError } from './types.ts';

/**
 * Reading chosen entries of a ZIP file (an .xlsx is one) without loading it: the central directory at the end
 * says where each entry is, so the shared strings can be read before the sheets whatever their order in the file
 * (spreadsheet programs usually write them after). Each entry is inflated as a stream by the platform's own
 * DecompressionStream("deflate-raw") (browsers and Node): native zlib, several times faster than a JavaScript
 * inflater here, and nothing to ship. A streaming unzipper reading entries in file order (fflate's) would force
 * holding a sheet until its strings are known.
 */

/** A file read by ranges: a Blob in a browser, a file handle in Node. */
export interface RandomAccessFile {
  size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** File bytes read and handed to the inflater at a time. */
const READ_BYTES = 1024 * 1024;

const NOT_XLSX = "Ce fichier n'est pas un classeur Excel (.xlsx). Téléchargez l'annuaire au format Excel sur la communauté Chorus Pro, puis choisissez ce fichier.";
const DAMAGED = "Ce classeur Excel est endommagé ou incomplet (téléchargement interrompu ?). Téléchargez-le de nouveau, puis réessayez.";

export function blobFile(blob: Blob): RandomAccessFile {
  return { size: blob.size, read: async (offset, length) => new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()) };
}

export function bytesFile(bytes: Uint8Array): RandomAccessFile {
  return { size: bytes.length, read: async (offset, length) => bytes.subarray(offset, Math.min(bytes.length, offset + length)) };
}

const u16 = (bytes: Uint8Array, at: number) => bytes[at]! | (bytes[at + 1]! << 8);
const u32 = (bytes: Uint8Array, at: number) => (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
const u64 = (bytes: Uint8Array, at: number) => u32(bytes, at) + u32(bytes, at + 4) * 2 ** 32;

/** The entries of a ZIP file, by name. Throws a French DirectoryError when the file is not a ZIP. */
export async function readZipEntries(file: RandomAccessFile): Promise<Map<string, ZipEntry>> {
  if (file.size < 22) throw new DirectoryError('not-xlsx', NOT_XLSX);
  // The end record is in the last 22 bytes, or before a comment of at most 64 KB.
  const tailLength = Math.min(file.size, 22 + 0xffff + 20);
  const tail = await file.read(file.size - tailLength, tailLength);
  let end = -1;
  for (let at = tail.length - 22; at >= 0; at--) {
    if (u32(tail, at) === EOCD_SIGNATURE) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new DirectoryError('not-xlsx', NOT_XLSX);
  let count = u16(tail, end + 10);
  let directorySize = u32(tail, end + 12);
  let directoryOffset = u32(tail, end + 16);
  if ((count === 0xffff || directoryOffset === 0xffffffff) && end >= 20 && u32(tail, end - 20) === ZIP64_LOCATOR_SIGNATURE) {
    const zip64At = u64(tail, end - 20 + 8);
    const zip64 = await file.read(zip64At, 56);
    if (u32(zip64, 0) !== ZIP64_EOCD_SIGNATURE) throw new DirectoryError('damaged', DAMAGED);
    count = u64(zip64, 32);
    directorySize = u64(zip64, 40);
    directoryOffset = u64(zip64, 48);
  }
  if (directoryOffset + directorySize > file.size) throw new DirectoryError('damaged', DAMAGED);
  const directory = await file.read(directoryOffset, directorySize);
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  let at = 0;
  for (let index = 0; index < count; index++) {
    if (at + 46 > directory.length || u32(directory, at) !== CENTRAL_SIGNATURE) throw new DirectoryError('damaged', DAMAGED);
    const method = u16(directory, at + 10);
    let compressedSize = u32(directory, at + 20);
    let uncompressedSize = u32(directory, at + 24);
    const nameLength = u16(directory, at + 28);
    const extraLength = u16(directory, at + 30);
    const commentLength = u16(directory, at + 32);
    let localHeaderOffset = u32(directory, at + 42);
    const name = decoder.decode(directory.subarray(at + 46, at + 46 + nameLength));
    // ZIP64: the sizes and offset that do not fit in 32 bits are in the extra field 0x0001, in this order.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = u16(directory, extra);
      const size = u16(directory, extra + 2);
      if (id === 1) {
        let field = extra + 4;
        if (uncompressedSize === 0xffffffff) {
          uncompressedSize = u64(directory, field);
          field += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(directory, field);
          field += 8;
        }
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = u64(directory, field);
      }
      extra += 4 + size;
    }
    entries.set(name, { name, method, compressedSize, uncompressedSize, localHeaderOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

export interface EntryStreamOptions {
  /** Inflated bytes beyond which reading stops with a "too large" error (a ZIP bomb, or not the directory). */
  maxBytes: number;
  tooLargeMessage: string;
  /** Compressed bytes consumed, for a progress bar. */
  onCompressedBytes?: (bytes: number) => void;
  /** Called between pieces of output: the consumer saves what it has. */
  afterSlice?: () => Promise<void>;
}

/**
 * Streams one entry's inflated bytes to `onData` (`final` on the last call). `onData` returns false to stop
 * early: the rest of the entry is not read.
 */
export async function streamEntry(
  file: RandomAccessFile,
  entry: ZipEntry,
  onData: (bytes: Uint8Array, final: boolean) => boolean | void,
  options: EntryStreamOptions,
): Promise<void> {
  const header = await file.read(entry.localHeaderOffset, 30);
  if (header.length < 30 || u32(header, 0) !== LOCAL_SIGNATURE) throw new DirectoryError('damaged', DAMAGED);
  const start = entry.localHeaderOffset + 30 + u16(header, 26) + u16(header, 28);
  if (start + entry.compressedSize > file.size) throw new DirectoryError('damaged', DAMAGED);
  if (entry.method !== 0 && entry.method !== 8) throw new DirectoryError('damaged', DAMAGED);

  let offset = 0;
  const compressed = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (offset >= entry.compressedSize) {
        controller.close();
        return;
      }
      const length = Math.min(READ_BYTES, entry.compressedSize - offset);
      const slice = await file.read(start + offset, length);
      if (slice.length !== length) {
        controller.error(new DirectoryError('damaged', DAMAGED));
        return;
      }
      offset += length;
      options.onCompressedBytes?.(length);
      controller.enqueue(slice);
    },
  });
  const inflated = entry.method === 8 ? compressed.pipeThrough(new DecompressionStream('deflate-raw') as unknown as TransformStream<Uint8Array, Uint8Array>) : compressed;
  const reader = inflated.getReader();
  let total = 0;
  let pending: Uint8Array | null = null;
  try {
    for (;;) {
      let result: ReadableStreamReadResult<Uint8Array>;
      try {
        result = await reader.read();
      } catch (error) {
        throw error instanceof DirectoryError ? error : new DirectoryError('damaged', DAMAGED);
      }
      // Each piece goes out one step late, so the last one can say it is the last.
      if (pending && onData(pending, result.done) === false) return;
      if (result.done) break;
      total += result.value.length;
      if (total > options.maxBytes) throw new DirectoryError('too-large', options.tooLargeMessage);
      pending = result.value;
      await options.afterSlice?.();
    }
    if (!pending) onData(new Uint8Array(0), true);
  } finally {
    reader.cancel().catch(() => {});
  }
}
