/**
 * Reads which glyph a TrueType font draws for each character, from its 'cmap' table, including
 * characters beyond the Basic Multilingual Plane (format 12), which jsPDF's own parser skips: most
 * emoji live there. Pure: bytes in, a lookup out.
 */
export function readCharacterGlyphs(font: Uint8Array): Map<number, number> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const glyphs = new Map<number, number>();
  const tableCount = view.getUint16(4);
  let cmapOffset = -1;
  for (let i = 0; i < tableCount; i += 1) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(...font.subarray(record, record + 4));
    if (tag === 'cmap') cmapOffset = view.getUint32(record + 8);
  }
  if (cmapOffset < 0) return glyphs;
  const subtableCount = view.getUint16(cmapOffset + 2);
  for (let i = 0; i < subtableCount; i += 1) {
    const record = cmapOffset + 4 + i * 8;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const offset = cmapOffset + view.getUint32(record + 4);
    const isUnicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!isUnicode || view.getUint16(offset) !== 12) continue;
    // Format 12: groups of consecutive characters drawn by consecutive glyphs.
    const groupCount = view.getUint32(offset + 12);
    for (let g = 0; g < groupCount; g += 1) {
      const group = offset + 16 + g * 12;
      const start = view.getUint32(group);
      const end = view.getUint32(group + 4);
      const firstGlyph = view.getUint32(group + 8);
      for (let code = start; code <= end && code <= 0x10ffff; code += 1) glyphs.set(code, firstGlyph + code - start);
    }
    return glyphs;
  }
  return glyphs;
}
