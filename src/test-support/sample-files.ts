/**
 * Small real files for tests of supporting evidence: a PNG drawn pixel by pixel (Node's zlib, no
 * image library) and a PDF made with pdf-lib, so every test attaches files it made itself.
 */
import { crc32, deflateSync } from 'node:zlib';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** A width × height RGB PNG: a navy band on white, with a diagonal stripe, so a picture is visible. */
export function makePng(width = 120, height = 80): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit, RGB, deflate, no filter, no interlace
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const at = y * (width * 3 + 1) + 1 + x * 3;
      const isBand = y < height / 3;
      const isStripe = Math.abs(x - y * (width / height)) < 4;
      rows.set(isBand ? [23, 43, 77] : isStripe ? [200, 60, 40] : [250, 250, 245], at);
    }
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]));
}

/** A PDF of the given pages, each with its line of text. */
export async function makePdf(lines: string[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const line of lines) {
    const page = pdf.addPage([595, 842]);
    page.drawText(line, { x: 60, y: 760, size: 18, font });
    page.drawRectangle({ x: 60, y: 600, width: 300, height: 120, borderWidth: 2, borderColor: rgb(0.1, 0.2, 0.4) });
  }
  return pdf.save();
}
