/**
 * The font file jsPDF embeds for each face a PDF uses, written quickly (issue 23). jsPDF subsets a
 * TrueType font by copying its tables into one file, and its writer (`Directory.encode`) does that
 * a byte at a time through JavaScript arrays, re-reading every fixed table from the font each time:
 * it was about 60% of a worked example's export. This writer makes the same file, byte for byte
 * (font-file.test.ts compares the two), from typed arrays, and reads the tables that are the same in
 * every PDF (cmap, hmtx, …) from the font once. Only fonts parsed once a session (font-cache.ts)
 * use it; any other font is written by jsPDF as before.
 */

type RawTable = { exists?: boolean; raw: () => ArrayLike<number> | null };
/** The parts of jsPDF's parsed TrueType font (TTFFont) this module reads and replaces. */
export type ParsedTrueType = {
  directory: { scalarType: number; encode: (tables: Record<string, ArrayLike<number>>) => ArrayLike<number> };
} & Partial<Record<(typeof FIXED_TABLES)[number], RawTable>>;

/** The tables jsPDF's subset copies whole from the font (TTFFont's property names). */
const FIXED_TABLES = ['cmap', 'hmtx', 'hhea', 'maxp', 'post', 'name', 'os2'] as const;

/** The value a TrueType font's whole-file checksum is made up to (the `head` table's adjustment). */
const CHECKSUM_MAGIC = 0xb1b0afba;
/** Where the adjustment sits in the `head` table. */
const HEAD_ADJUSTMENT_OFFSET = 8;

const padded = (length: number) => (length + 3) & ~3;

/** The TrueType checksum of `length` bytes from `start`: their sum as big-endian 32-bit words, zero-padded. */
function checksum(bytes: Uint8Array, start: number, length: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset + start, padded(length));
  let sum = 0;
  for (let at = 0; at < view.byteLength; at += 4) sum = (sum + view.getUint32(at)) >>> 0;
  return sum;
}

/**
 * One font file from its tables, in the order given, with a `head` table as every subset has: what
 * jsPDF's `Directory.encode` returns, as bytes. Its header numbers are jsPDF's (its `entrySelector` is not the TrueType one, but it is what
 * every PDF made so far carries, and viewers do not read it).
 */
export function encodeFontFile(scalarType: number, tables: Record<string, ArrayLike<number>>): Uint8Array {
  const tags = Object.keys(tables);
  const searchRange = Math.floor(Math.log(tags.length) / Math.log(2)) * 16;
  const entrySelector = Math.floor(searchRange / Math.log(2));
  const directoryLength = 12 + tags.length * 16;
  const length = tags.reduce((sum, tag) => sum + padded(tables[tag]!.length), directoryLength);
  const bytes = new Uint8Array(length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, scalarType >>> 0);
  view.setUint16(4, tags.length);
  view.setUint16(6, searchRange & 0xffff);
  view.setUint16(8, entrySelector & 0xffff);
  view.setUint16(10, (tags.length * 16 - searchRange) & 0xffff);
  let offset = directoryLength;
  let headOffset: number | undefined;
  tags.forEach((tag, index) => {
    const table = tables[tag]!;
    bytes.set(table, offset);
    const entry = 12 + index * 16;
    for (let char = 0; char < 4; char += 1) view.setUint8(entry + char, tag.charCodeAt(char) & 0xff);
    view.setUint32(entry + 4, checksum(bytes, offset, table.length));
    view.setUint32(entry + 8, offset);
    view.setUint32(entry + 12, table.length);
    if (tag === 'head') headOffset = offset;
    offset += padded(table.length);
  });
  if (headOffset !== undefined) {
    view.setUint32(headOffset + HEAD_ADJUSTMENT_OFFSET, (CHECKSUM_MAGIC - checksum(bytes, 0, length)) >>> 0);
  }
  return bytes;
}

/**
 * Has jsPDF write `font`'s subsets with encodeFontFile, reading its fixed tables once. For a font
 * parsed once a session: every document's view of it (font-cache.ts) shares these.
 */
export function writeFontFilesQuickly(font: ParsedTrueType): void {
  for (const name of FIXED_TABLES) {
    const table = font[name];
    if (!table?.exists) continue;
    const bytes = Uint8Array.from(table.raw() ?? []);
    font[name] = Object.assign(Object.create(table) as RawTable, { raw: () => bytes });
  }
  const { directory } = font;
  font.directory = Object.assign(Object.create(directory) as ParsedTrueType['directory'], {
    encode: (tables: Record<string, ArrayLike<number>>) => encodeFontFile(directory.scalarType, tables),
  });
}
