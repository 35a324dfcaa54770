// @vitest-environment node
/**
 * A real pack with supporting evidence, read back with poppler: the index and the list of
 * attachments name the pages each file is on, the picture is embedded, the attached PDF's pages are
 * placed and counted in every page number, and the achievement log's location names the attachment.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleOf } from '../lib/worksheet-definition';
import type { AttachmentMeta } from '../attachments/attachment';
import { pestleMeta } from '../worksheets/pestle/meta';
import { pestleModel } from '../worksheets/pestle/definition';
import { pestleExports } from '../worksheets/pestle/exports';
import { rewriteAnswers } from '../test-support/own-work';
import { makePdf, makePng } from '../test-support/sample-files';
import { formatPageRange } from './pack';
import { buildPortfolioPack } from './pack-documents';
import { attachmentListRows, withAttachmentRows, type PackAttachment } from './pack-attachments';
import { readAttachedPdfs, stampAttachedPdfPages } from './attachment-pages';
import { buildPortfolioPdf } from './render-pack';
import { PDF_FONTS as fonts } from '../test-support/pdf-fonts';

const LEARNER = { name: 'Zoë Nguyễn', learnerNumber: '1', centre: 'C', assessor: 'A', qualification: 'Q' };
const worksheet = { meta: pestleMeta, model: { ...pestleModel, ...pestleExports } };

const meta = (id: string, extra: Partial<AttachmentMeta>): AttachmentMeta => ({
  id,
  documentId: 'pestle-doc',
  caption: `Caption ${id}`,
  date: '2026-11-20',
  fileName: `${id}.png`,
  mediaType: 'image/png',
  size: 1,
  addedAt: '2026-11-30T10:00:00.000Z',
  ...extra,
});

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('a pack with a picture, a two-page PDF and a text document attached', () => {
  let pages: string[];
  let file: string;
  let built: ReturnType<typeof buildPortfolioPdf>;

  beforeAll(async () => {
    const { name, data } = exampleOf(pestleModel);
    const stored = { id: 'pestle-doc', worksheetId: 'pestle', name, createdAt: '', updatedAt: '2026-11-20T10:00:00Z', schemaVersion: pestleModel.schemaVersion, data: rewriteAnswers(data), summary: { met: 0, total: 0 } };
    const { pack } = buildPortfolioPack([stored], (id) => (id === 'pestle' ? worksheet : undefined), LEARNER, '2026-11-30', {});
    const png = makePng();
    const pdf = await makePdf(['Manager e-mail page one', 'Manager e-mail page two']);
    const text = new TextEncoder().encode('Note from the sales meeting: Zoë agreed the next steps.\n');
    const attachments: PackAttachment[] = await readAttachedPdfs([
      { documentIndex: 0, meta: meta('whiteboard', { caption: 'Whiteboard of internal forces', criterionCode: '2.1', size: png.length }), bytes: png },
      { documentIndex: 0, meta: meta('email', { caption: 'Manager’s e-mail confirming the review', criterionCode: '2.2', fileName: 'email.pdf', mediaType: 'application/pdf', size: pdf.length }), bytes: pdf },
      { documentIndex: 0, meta: meta('note', { caption: 'Meeting note', fileName: 'note.txt', mediaType: 'text/plain', size: text.length }), bytes: text },
    ]);
    built = buildPortfolioPdf(pack, fonts, attachments);
    const bytes = await stampAttachedPdfPages(built.pdf.output('arraybuffer'), built.placements, built.frontPages);
    file = join(mkdtempSync(join(tmpdir(), 'pack-attach-')), 'pack.pdf');
    writeFileSync(file, bytes);
    if (process.env.EVIDENCE_PDF_DIR) writeFileSync(join(process.env.EVIDENCE_PDF_DIR, 'pack-attachments.pdf'), bytes);
    const count = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
    pages = Array.from({ length: count }, (_, index) => execFileSync('pdftotext', ['-layout', '-f', String(index + 1), '-l', String(index + 1), file, '-'], { encoding: 'utf8' }));
    // Generous: a loaded 2-core machine takes many seconds to lay out a real pack.
  }, 120_000);

  it('gives each attachment its own pages after its document, counted in every footer', () => {
    const [whiteboard, email, note] = built.layout.attachments;
    expect(whiteboard!.first).toBe(built.layout.documents[0]!.last + 1);
    expect(email).toEqual({ first: whiteboard!.last + 1, last: whiteboard!.last + 2 });
    expect(note!.first).toBe(email!.last + 1);
    expect(built.layout.declarations.first).toBe(note!.last + 1);
    expect(pages.length).toBe(built.layout.totalPages);
    pages.forEach((page, index) => expect(page).toContain(`Page ${index + 1} of ${pages.length}`));
  });

  it('places the attached PDF’s pages, text and all, on the pages the index names', () => {
    const email = built.layout.attachments[1]!;
    expect(normalise(pages[email.first - 1]!)).toContain('Manager e-mail page one');
    expect(normalise(pages[email.last - 1]!)).toContain('Manager e-mail page two');
    expect(normalise(pages[email.last - 1]!)).toContain('(page 2 of 2)');
  });

  it('embeds the picture on its page with the caption beneath, and prints the text document', () => {
    const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' });
    const whiteboard = built.layout.attachments[0]!;
    expect(images).toMatch(new RegExp(`^\\s*${whiteboard.first}\\s+\\d+\\s+image\\s+120\\s+80\\b`, 'm'));
    expect(normalise(pages[whiteboard.first - 1]!)).toContain('Whiteboard of internal forces');
    expect(normalise(pages[built.layout.attachments[2]!.first - 1]!)).toContain('Note from the sales meeting: Zoë agreed the next steps.');
  });

  it('lists the attachments in the evidence index under their AC, and every attachment in its own table', () => {
    const index = normalise(pages.slice(built.layout.index.first - 1, built.layout.index.last).join(' '));
    // Wrapped in its cell: the AC's row names the attachment and its page.
    expect(index).toMatch(new RegExp(`L3B2 2\\.1 Describe the internal forces that impact on Supporting evidence: ${built.layout.attachments[0]!.first} an organisation Whiteboard of internal forces whiteboard\\.png, 20 November 2026`));
    expect(index).toContain('Supporting evidence attached');
    const attachmentRow = built.index.find((row) => row.worksheetTitle.includes('Whiteboard'));
    expect(attachmentRow).toMatchObject({ unitCode: 'L3B2', criterionCode: '2.1', pages: built.layout.attachments[0] });
    expect(index).toMatch(/Meeting note PESTLE builder: .*? Whole 20 November \d+ note\.txt .*? document 2026/);
  });

  it('names the attachment with its page in the achievement log’s location for its AC', () => {
    const logs = normalise(pages.slice(built.layout.logs!.first - 1, built.layout.logs!.last).join(' '));
    expect(logs).toContain(`Supporting evidence: Manager’s e-mail confirming the review (email.pdf, 20 November 2026), pages ${formatPageRange(built.layout.attachments[1]!)}`);
  });
});

describe('attachment rows, as data', () => {
  const { name, data } = exampleOf(pestleModel);
  const stored = { id: 'd', worksheetId: 'pestle', name, createdAt: '', updatedAt: '', schemaVersion: pestleModel.schemaVersion, data: rewriteAnswers(data), summary: { met: 0, total: 0 } };
  const { pack } = buildPortfolioPack([stored], () => worksheet, LEARNER, '2026-11-30');
  const bytes = new Uint8Array(1);

  it('puts an attachment’s row right after its document’s row for the same AC, and leaves an AC the document does not claim out of the index', () => {
    const rows = [{ unitCode: 'L3B2', unitTitle: '', criterionCode: '2.1', criterionText: '', documentIndex: 0, worksheetTitle: 'PESTLE builder', documentName: '', pages: { first: 3, last: 5 } }];
    const merged = withAttachmentRows(rows, pack.documents, [{ documentIndex: 0, meta: meta('a', { criterionCode: '2.1' }), bytes }, { documentIndex: 0, meta: meta('b', { criterionCode: '9.9' }), bytes }], [{ first: 6, last: 6 }, { first: 7, last: 7 }]);
    expect(merged.map((row) => row.worksheetTitle)).toEqual(['PESTLE builder', 'Supporting evidence: Caption a']);
    const list = attachmentListRows(pack.documents, [{ documentIndex: 0, meta: meta('b', { criterionCode: '9.9' }), bytes }], [{ first: 7, last: 7 }], () => 'Doc');
    expect(list).toEqual([{ caption: 'Caption b', documentLabel: 'Doc', criterion: 'Whole document', date: '20 November 2026', fileName: 'b.png', pages: { first: 7, last: 7 } }]);
  });
});
