// @vitest-environment node
/**
 * Builds real portfolio packs from the worksheets' worked examples with the real fonts, and reads
 * every page back with poppler's pdftotext: the index must name the pages the evidence is really
 * on, the footers must count across the whole pack, and one document's pages must read as they do
 * in its single export.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleOf, type WorksheetExports, type WorksheetMeta, type WorksheetModel } from '../lib/worksheet-definition';
import type { EvidenceDocument } from '../pdf/evidence-document';
import type { LearnerDetails } from '../lib/evidence-types';
import { buildEvidencePdf } from '../pdf/render-pdf';
import type { StoredDocument } from '../storage/store-schema';
import { pestleMeta } from '../worksheets/pestle/meta';
import { pestleModel } from '../worksheets/pestle/definition';
import { pestleExports } from '../worksheets/pestle/exports';
import { pipelineMeta } from '../worksheets/pipeline/meta';
import { pipelineModel } from '../worksheets/pipeline/definition';
import { pipelineExports } from '../worksheets/pipeline/exports';
import { smartObjectivesMeta } from '../worksheets/smart-objectives/meta';
import { smartObjectivesModel } from '../worksheets/smart-objectives/definition';
import { smartObjectivesExports } from '../worksheets/smart-objectives/exports';
import { formatPageRange, type PortfolioPack } from './pack';
import { buildPortfolioPack, type Worksheet } from './pack-documents';
import { buildPortfolioPdf } from './render-pack';
import { rewriteAnswers } from '../test-support/own-work';
import { PDF_FONTS as fonts } from '../test-support/pdf-fonts';


const LEARNER: LearnerDetails = {
  name: 'Łukasz Żółć',
  learnerNumber: 'ISP-000123',
  centre: 'Zoë & José Training (Birmingham)',
  assessor: 'Nguyễn Thị Minh Khai',
  qualification: 'ISP Level 3 Certificate in Professional Sales',
};
const DATE = '2025-03-14';

const worksheet = <T,>(meta: WorksheetMeta, model: WorksheetModel<T>, exports: WorksheetExports<T>): Worksheet => ({
  meta,
  model: { ...model, ...exports },
});
const WORKSHEETS = [
  worksheet(pestleMeta, pestleModel, pestleExports),
  worksheet(pipelineMeta, pipelineModel, pipelineExports),
  worksheet(smartObjectivesMeta, smartObjectivesModel, smartObjectivesExports),
];
const findWorksheet = (id: string) => WORKSHEETS.find((w) => w.meta.id === id);

/**
 * A stored document holding a worksheet's worked example made the learner's own (every written
 * answer rewritten), so it is evidence; `asIs` keeps the example untouched.
 */
function storedExample({ meta, model }: Worksheet, { asIs = false } = {}): StoredDocument {
  const { name, data: exampleData } = exampleOf(model);
  const data = asIs ? exampleData : rewriteAnswers(exampleData);
  return { id: meta.id, worksheetId: meta.id, name, createdAt: '', updatedAt: '', schemaVersion: model.schemaVersion, data, summary: { met: 0, total: 0 } };
}

let workDir: string;
beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'portfolio-pdf-'));
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

let fileCount = 0;
/** Writes the PDF; with EVIDENCE_PDF_DIR set, keeps a copy there to look at. */
function writePdf(bytes: ArrayBuffer): string {
  const file = join(workDir, `pack-${++fileCount}.pdf`);
  writeFileSync(file, Buffer.from(bytes));
  const keepDir = process.env.EVIDENCE_PDF_DIR;
  if (keepDir) {
    mkdirSync(keepDir, { recursive: true });
    writeFileSync(join(keepDir, `pack-${fileCount}.pdf`), Buffer.from(bytes));
  }
  return file;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Each page's text on its own, read with pdftotext -f N -l N as an assessor's viewer shows it. */
function readPages(file: string): string[] {
  const pageCount = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
  return Array.from({ length: pageCount }, (_, index) =>
    execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', String(index + 1), '-l', String(index + 1), file, '-'], { encoding: 'utf8' }),
  );
}

function examplePack(chosen: Worksheet[] = WORKSHEETS): PortfolioPack {
  const { pack, problems } = buildPortfolioPack(chosen.map((w) => storedExample(w)), findWorksheet, LEARNER, DATE);
  expect(problems).toEqual([]);
  return pack;
}

describe('a portfolio pack of three worked examples', () => {
  let pack: PortfolioPack;
  let built: ReturnType<typeof buildPortfolioPdf>;
  let pages: string[];

  beforeAll(() => {
    pack = examplePack();
    built = buildPortfolioPdf(pack, fonts);
    pages = readPages(writePdf(built.pdf.output('arraybuffer')));
  });

  it('numbers every page "Page N of Total" across the whole pack', () => {
    expect(pages.length).toBe(built.layout.totalPages);
    pages.forEach((page, index) => expect(page).toMatch(new RegExp(`Page ${index + 1} of ${pages.length}\\b`)));
  });

  it('starts with a cover listing the learner and the contents with their pages', () => {
    const cover = normalise(pages[0] ?? '');
    expect(cover).toContain('Portfolio of evidence');
    for (const value of Object.values(LEARNER)) expect(cover).toContain(value);
    expect(cover).toContain('Units evidenced: L3B2 Understand Organisations; L3C5 Sales Pipeline Management; L3S3 Plan Professional Development');
    expect(cover).toContain(`Evidence index: where the evidence for each assessment criterion is ${formatPageRange(built.layout.index)}`);
    pack.documents.forEach((doc, index) => {
      // A long name wraps in its cell, so the row's first line holds the title, unit and pages.
      expect(cover).toMatch(new RegExp(`${doc.worksheetTitle}: Worked example: .*? ${doc.unit.code} ${formatPageRange(built.layout.documents[index]!)}\\b`));
    });
    expect(cover).toContain(`Declarations: learner and assessor ${formatPageRange(built.layout.declarations)}`);
  });

  it('puts every index row on the pages of its document, which show its title, unit and AC', () => {
    const indexText = normalise(pages.slice(built.layout.index.first - 1, built.layout.index.last).join('\n'));
    expect(indexText).toContain('Unit AC Assessment criterion Evidence Pages');
    expect(built.index.length).toBe(pack.documents.reduce((sum, doc) => sum + doc.criteria.length, 0));
    for (const row of built.index) {
      // The row as printed on the index: unit, AC and the pages at the end of its first line.
      expect(indexText).toMatch(new RegExp(`${row.unitCode} ${row.criterionCode.replace('.', '\\.')} .*?${formatPageRange(row.pages)}`));
      const docPages = pages.slice(row.pages.first - 1, row.pages.last).map(normalise);
      expect(docPages[0]).toContain('COURSEWORK EVIDENCE');
      expect(docPages[0]).toContain(row.worksheetTitle);
      expect(docPages[0]).toContain(`Unit ${row.unitCode}`);
      expect(docPages.join(' ')).toContain(`${row.criterionCode} ${row.criterionText}`);
      // Every named page is that document's (its running header), and the ones either side are not.
      for (const page of docPages) expect(page).toContain(`${row.worksheetTitle} · Unit ${row.unitCode}`);
      expect(normalise(pages[row.pages.first - 2] ?? '')).not.toContain(`${row.worksheetTitle} · Unit`);
      expect(normalise(pages[row.pages.last] ?? '')).not.toContain(`${row.worksheetTitle} · Unit`);
      // The document's last page is its own declaration.
      expect(docPages[docPages.length - 1]).toContain('Declaration and assessor sign-off');
    }
  });

  it('orders the index by unit, then AC, and names only the SMART writer’s chosen unit', () => {
    expect(built.index.map((row) => `${row.unitCode} ${row.criterionCode}`)).toEqual([
      'L3B2 2.1',
      'L3B2 2.2',
      'L3B2 2.3',
      'L3C5 2.1',
      'L3C5 2.2',
      'L3C5 2.3',
      'L3C5 3.2',
      'L3S3 2.1',
      'L3S3 2.2',
      'L3S3 2.3',
      'L3S3 2.4',
    ]);
    // The worked example's context is the development plan: the other contexts' units are not claimed,
    // in the index or on the documents' pages (the qualification log lists every unit, as it must).
    const documentPages = built.layout.documents.flatMap((range) => pages.slice(range.first - 1, range.last));
    for (const other of ['L3C4', 'L3S1', 'L4C2']) {
      expect(built.index.some((row) => row.unitCode === other)).toBe(false);
      expect(normalise(documentPages.join(' '))).not.toContain(other);
    }
  });

  it('draws each document as its single export does, page for page', () => {
    pack.documents.forEach((doc, index) => {
      const single = readPages(writePdf(buildEvidencePdf(doc, fonts).output('arraybuffer')));
      const range = built.layout.documents[index]!;
      expect(range.last - range.first + 1).toBe(single.length);
      const withoutPageNumbers = (text: string) => normalise(text).replace(/Page \d+ of \d+/, '');
      single.forEach((page, offset) => expect(withoutPageNumbers(pages[range.first - 1 + offset] ?? '')).toBe(withoutPageNumbers(page)));
    });
  });

  it('ends with the learner’s and the assessor’s declarations for the whole pack', () => {
    const last = normalise(pages[pages.length - 1] ?? '');
    expect(built.layout.declarations.last).toBe(pages.length);
    expect(last).toContain('Learner declaration I confirm that the evidence in this portfolio is my own work');
    expect(last).toContain('Assessor declaration I confirm that I have assessed the evidence in this portfolio');
    expect(last).toMatch(/Learner name Łukasz Żółć Learner no\. ISP-000123/);
    expect(last).toMatch(/Assessor name Nguyễn Thị Minh Khai/);
    expect(last.match(/Date/g)?.length).toBeGreaterThanOrEqual(2);
    expect(last.match(/Comments/g)?.length).toBe(2);
  });
});

describe('a pack with an untouched worked example in it', () => {
  it('says so on the cover, marks every one of its pages and maps no AC to it in the index', () => {
    const documents = [storedExample(WORKSHEETS[0]!, { asIs: true }), storedExample(WORKSHEETS[1]!)];
    const { pack } = buildPortfolioPack(documents, findWorksheet, LEARNER, DATE);
    const built = buildPortfolioPdf(pack, fonts);
    const pages = readPages(writePdf(built.pdf.output('arraybuffer'))).map(normalise);
    expect(pages[0]).toContain('One document in this pack is still the toolkit’s worked example, not the learner’s own evidence.');
    // The contents cell wraps beside its unit and pages: "… (the L3B2 3–8 worked example: not evidence, …)".
    expect(pages[0]).toMatch(/Brightwave Home Energy \(the L3B2 \d+–\d+ worked example: not evidence, left out of the index\)/);
    const [example, own] = built.layout.documents;
    for (let page = example!.first; page <= example!.last; page += 1) expect(pages[page - 1]).toContain('WORKED EXAMPLE');
    for (let page = own!.first; page <= own!.last; page += 1) expect(pages[page - 1]).not.toContain('WORKED EXAMPLE');
    // Only the learner's own pipeline is in the index: no PESTLE (L3B2) row at all.
    expect(built.index.length).toBeGreaterThan(0);
    expect(built.index.every((row) => row.worksheetTitle === pipelineMeta.title)).toBe(true);
    expect(built.index.some((row) => row.unitCode === 'L3B2')).toBe(false);
  });
});

describe('page numbers that settle', () => {
  /** A document with many criteria, so the index runs to more than one page. */
  function documentWithCriteria(count: number, code: string): EvidenceDocument {
    return {
      worksheetTitle: 'Test worksheet',
      documentName: `Document ${code}`,
      unit: { code, title: `Unit ${code}` },
      criteria: Array.from({ length: count }, (_, index) => ({
        code: `${Math.floor(index / 9) + 1}.${(index % 9) + 1}`,
        text: `Criterion ${index + 1} of unit ${code}, worded at some length so that it wraps onto a second line of the index table.`,
      })),
      learner: LEARNER,
      date: DATE,
      blocks: [{ kind: 'paragraph', text: 'Evidence.' }],
      checklist: [],
    };
  }

  it('keeps index page numbers right when the index itself runs over several pages', () => {
    const documents = ['L3B1', 'L3B2', 'L3B3', 'L3C1', 'L3C2', 'L3C3'].map((code) => documentWithCriteria(12, code));
    const built = buildPortfolioPdf({ learner: LEARNER, date: DATE, documents }, fonts);
    const pages = readPages(writePdf(built.pdf.output('arraybuffer')));
    expect(built.layout.index.last).toBeGreaterThan(built.layout.index.first);
    expect(pages.length).toBe(built.layout.totalPages);
    documents.forEach((doc, index) => {
      const range = built.layout.documents[index]!;
      expect(normalise(pages[range.first - 1] ?? '')).toContain(`Document ${doc.unit.code}`);
      expect(normalise(pages[range.first - 2] ?? '')).not.toContain(`Document ${doc.unit.code}`);
    });
    // The index's header row repeats on each of its pages.
    for (let page = built.layout.index.first; page <= built.layout.index.last; page += 1) {
      expect(normalise(pages[page - 1] ?? '')).toContain('Unit AC Assessment criterion Evidence Pages');
    }
  });

  it('prints emoji a learner typed as text on the cover, in the index and in the documents', () => {
    const emoji = readFileSync(join(process.cwd(), 'node_modules/@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf')).toString('base64');
    const document = { ...storedExample(WORKSHEETS[0]!), name: 'My PESTLE 🎯' };
    const { pack } = buildPortfolioPack([document], findWorksheet, { ...LEARNER, name: 'Zoë 😀 Fontaine' }, DATE);
    const built = buildPortfolioPdf(pack, { ...fonts, emoji });
    const text = normalise(readPages(writePdf(built.pdf.output('arraybuffer'))).join(' '));
    expect(text).toContain('Zoë 😀 Fontaine');
    expect(text).toContain('My PESTLE 🎯');
    expect(text).not.toContain('\ufffd');
  });

  it('still makes a cover, an index that says it is empty, and the declarations with no documents', () => {
    const built = buildPortfolioPdf({ learner: LEARNER, date: DATE, documents: [] }, fonts);
    const pages = readPages(writePdf(built.pdf.output('arraybuffer')));
    expect(pages.length).toBe(3);
    expect(normalise(pages[1] ?? '')).toContain('The documents in this pack name no assessment criteria.');
    expect(normalise(pages[2] ?? '')).toContain('Declarations');
  });
});

describe('a pack’s achievement logs', () => {
  it('follow the index: the qualification log, then each unit’s, every row’s location naming the pack’s pages', () => {
    const { pack } = buildPortfolioPack(WORKSHEETS.map((w) => storedExample(w)), findWorksheet, LEARNER, DATE, { L3B2: 'achieved' });
    const built = buildPortfolioPdf(pack, fonts);
    const pages = readPages(writePdf(built.pdf.output('arraybuffer'))).map(normalise);
    const logs = built.layout.logs!;
    expect(logs.first).toBe(built.layout.index.last + 1);
    const logPages = pages.slice(logs.first - 1, logs.last);
    expect(logPages[0]).toContain('Qualification achievement log');
    expect(logPages[0]).toContain('L3B2 Understand Organisations 3 Marked achieved; 3 of 7 AC with complete evidence');
    const l3b2 = logPages.findIndex((page) => page.includes('Unit achievement log') && page.includes('Unit L3B2: Understand Organisations'));
    expect(l3b2).toBeGreaterThan(0);
    const pestle = built.layout.documents[0]!;
    // Read with -layout, the location's words wrap in their column: its start and its pages are on the page.
    expect(logPages[l3b2]).toContain('Yes PESTLE builder:');
    expect(logPages[l3b2]).toContain(`pages ${pestle.first}–${pestle.last}`);
    expect(logPages[l3b2]).toMatch(/Learning outcome 2: Understand the context in which an organisation operates/);
    // Every AC the pack claims is in a unit log with the pages of a document that claims it.
    for (const row of built.index) {
      const range = built.layout.documents[row.documentIndex]!;
      // A unit's log runs from its title page to the next log's.
      const start = logPages.findIndex((page) => page.includes(`Unit achievement log Unit ${row.unitCode}:`));
      const next = logPages.findIndex((page, at) => at > start && page.includes('Unit achievement log Unit '));
      const unitPages = logPages.slice(start, next < 0 ? undefined : next).join(' ');
      expect(unitPages, `${row.unitCode} ${row.criterionCode}`).toContain(`${row.criterionCode} `);
      expect(unitPages).toContain(range.first === range.last ? `page ${range.first}` : `pages ${range.first}–${range.last}`);
    }
    // The cover's contents list the logs with their pages.
    expect(pages[0]).toContain(`Achievement logs: the qualification and each unit ${formatPageRange(logs)}`);
  });
});
