// @vitest-environment node
/**
 * Renders real PDFs with the real fonts and reads them back with poppler's pdftotext, so these tests
 * check what an assessor will actually see: every word, every page number, nothing lost at page breaks.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceDocument } from './evidence-document';
import type { PdfBlock } from '../lib/evidence-types';
import type { PdfFonts } from './fonts';
import { buildEvidencePdf } from './render-pdf';
import { PDF_FONTS } from '../test-support/pdf-fonts';


const hasPoppler = ['pdftotext', 'pdfinfo'].every((tool) => spawnSync(tool, ['-v']).error === undefined);

// ---------------------------------------------------------------------------------------------
// Test data
// ---------------------------------------------------------------------------------------------

const NAMES = {
  polish: 'Łukasz Żółć',
  vietnamese: 'Nguyễn Thị Minh Khai',
  accented: 'Zoë Fontaine and José Álvarez',
  arabic: 'محمد علي',
};

const CRITERIA = [
  { code: '1.1', text: 'Explain how political, economic, social, technological, legal and environmental factors affect a sales organisation.' },
  { code: '1.2', text: 'Analyse the impact of market conditions on the sales function.' },
  { code: '2.1', text: 'Evaluate how an organisation could respond to opportunities and threats in its market.' },
];

const FACTORS = ['Political', 'Economic', 'Social', 'Technological', 'Legal', 'Environmental'];
const OWNERS = [NAMES.polish, NAMES.vietnamese, 'Zoë Fontaine', 'José Álvarez', NAMES.arabic];

/** Forty PESTLE rows, each with a unique id so the test can find every row again. */
function pestleRows(): string[][] {
  return Array.from({ length: 40 }, (_, index) => {
    const id = `R${String(index + 1).padStart(2, '0')}`;
    const factor = FACTORS[index % FACTORS.length] ?? '';
    const issue =
      index % 7 === 3
        ? `Customer feedback quoted "<script>alert('x')</script>" & other stray markup in a survey (row ${id}).`
        : `Change ${index + 1} in the ${factor.toLowerCase()} environment affects how buyers in the region compare suppliers and negotiate prices.`;
    const impact = index % 2 === 0 ? 'Opportunity' : 'Threat';
    return [id, factor, issue, impact, OWNERS[index % OWNERS.length] ?? ''];
  });
}

/** About 6,000 characters of numbered sentences with the learner's own line breaks and a blank line. */
function longParagraph(): string {
  const sentences = Array.from(
    { length: 56 },
    (_, index) =>
      `Sentence ${index + 1}: the account team reviewed pipeline stage ${index + 1} with ${OWNERS[index % OWNERS.length]} and agreed the next actions.`,
  );
  const lines: string[] = [];
  for (let index = 0; index < sentences.length; index += 4) lines.push(sentences.slice(index, index + 4).join(' '));
  lines.splice(3, 0, '');
  lines.push('Short closing line.');
  return lines.join('\n');
}

const BAR_ROWS = [
  { label: 'Political: new trade rules', value: 3, group: 'Threat' },
  { label: 'Economic: interest rates', value: 4.5, group: 'Threat' },
  { label: 'Social: hybrid working buyers', value: 5, group: 'Opportunity' },
  { label: 'Technological: CRM automation', value: 4, group: 'Opportunity' },
  { label: 'Legal: data protection', value: 2, group: 'Threat' },
  { label: 'Environmental: packaging', value: 0, group: 'Opportunity' },
  {
    label:
      'A deliberately long factor label that keeps going well past the space available beside the bars so it has to be shortened with an ellipsis somewhere',
    value: 1,
    group: 'Opportunity',
  },
];

function sampleDocument(extraBlocks: PdfBlock[] = []): EvidenceDocument {
  return {
    worksheetTitle: 'PESTLE builder',
    documentName: 'Northwind Office Supplies – market review',
    unit: { code: 'L3B2', title: 'Understanding the sales environment' },
    criteria: CRITERIA,
    learner: {
      name: NAMES.polish,
      learnerNumber: 'ISP-000123',
      centre: 'Zoë & José Training (Birmingham)',
      assessor: NAMES.vietnamese,
      qualification: 'ISP Level 3 Professional Sales',
    },
    date: '2025-03-14',
    blocks: [
      { kind: 'heading', text: 'About the organisation' },
      {
        kind: 'fields',
        rows: [
          { label: 'Organisation', value: 'Northwind Office Supplies Ltd' },
          { label: 'Sector', value: 'B2B office supplies' },
          { label: 'Contact', value: NAMES.accented },
          { label: 'Website', value: '' },
        ],
      },
      { kind: 'heading', text: 'PESTLE analysis' },
      {
        kind: 'table',
        caption: 'Table 1: external factors and their impact on sales',
        columns: ['Ref', 'Factor', 'Issue', 'Impact on sales', 'Owner'],
        rows: pestleRows(),
        columnWidths: [1, 2, 5, 2.2, 3],
      },
      { kind: 'heading', text: 'Reflective account' },
      { kind: 'paragraph', text: longParagraph() },
      { kind: 'heading', text: 'Impact scores' },
      { kind: 'barChart', caption: 'Figure 1: impact of each factor', valueLabel: 'Impact score (0 to 5)', maxValue: 5, rows: BAR_ROWS },
      ...extraBlocks,
    ],
    checklist: [
      { label: 'At least one factor under each PESTLE heading', isMet: true },
      { label: 'Every factor scored for impact', isMet: true, detail: 'All 40 factors scored.' },
      { label: 'Sources listed for each factor', isMet: false, detail: '3 factors have no source yet.' },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Reading PDFs back
// ---------------------------------------------------------------------------------------------

let fonts: PdfFonts;
let withEmojiFont: PdfFonts;
let workDir: string;

beforeAll(() => {
  fonts = PDF_FONTS;
  const emojiFile = join(process.cwd(), 'node_modules/@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf');
  withEmojiFont = { ...fonts, emoji: readFileSync(emojiFile).toString('base64') };
  workDir = mkdtempSync(join(tmpdir(), 'evidence-pdf-'));
});

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

let pdfCount = 0;

/** Writes the PDF to the temporary folder. Handy for eyeballing the layout: with
 * EVIDENCE_PDF_DIR=/tmp/pdf-review npx vitest run src/pdf, every PDF is also copied there. */
function writePdf(doc: EvidenceDocument, name = `evidence-${++pdfCount}`, withFonts = fonts): string {
  const file = join(workDir, `${name}.pdf`);
  writeFileSync(file, Buffer.from(buildEvidencePdf(doc, withFonts).output('arraybuffer')));
  const keepDir = process.env.EVIDENCE_PDF_DIR;
  if (keepDir) {
    mkdirSync(keepDir, { recursive: true });
    copyFileSync(file, join(keepDir, `${name}.pdf`));
  }
  return file;
}

/**
 * Text comparable with what we put in: Arabic presentation forms folded back to letters (NFKC),
 * the direction marks pdftotext adds around right-to-left runs turned into spaces, and whitespace
 * collapsed.
 */
function normalise(text: string): string {
  return text
    .normalize('NFKC')
    // A mark stands at a run boundary, and pdftotext sometimes moves the space there inside the run.
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

type ReadBack = { pages: string[]; pageCount: number };

function readBack(file: string): ReadBack {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pageCount = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  // pdftotext ends every page with a form feed.
  const pages = text.split('\f').slice(0, pageCount);
  return { pages, pageCount };
}

/** Body text only: the running header and footer lines removed, so content reads on across pages. */
function bodyText(readBackResult: ReadBack): string {
  return readBackResult.pages
    .flatMap((page) => page.split('\n'))
    .filter((line) => !/PESTLE builder · Unit L3B2/.test(line) && !/Page \d+ of \d+/.test(line))
    .join('\n');
}

function lines(readBackResult: ReadBack): string[] {
  return readBackResult.pages.flatMap((page) => page.split('\n')).map(normalise);
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

describe.skipIf(!hasPoppler)('evidence PDF read back with pdftotext', () => {
  let sample: ReadBack;
  let sampleFile: string;

  beforeAll(() => {
    sampleFile = writePdf(sampleDocument(), 'sample');
    sample = readBack(sampleFile);
  });

  it('numbers every page "Page X of N", with N the real page count', () => {
    const { pages, pageCount } = sample;
    expect(pageCount).toBeGreaterThan(1);
    expect(pages).toHaveLength(pageCount);
    pages.forEach((page, index) => {
      expect(page).toContain(`Page ${index + 1} of ${pageCount}`);
    });
    expect(pages[0]).toContain(`Page 1 of ${pageCount}`);
    expect(pages[pageCount - 1]).toContain(`Page ${pageCount} of ${pageCount}`);
  });

  it('puts the running header and the footer on every page', () => {
    for (const page of sample.pages) {
      expect(normalise(page)).toContain('PESTLE builder · Unit L3B2');
      expect(normalise(page)).toContain(`Learner: ${NAMES.polish}`);
      expect(page).toContain('14 March 2025');
    }
  });

  it('starts with the title block', () => {
    const first = normalise(sample.pages[0] ?? '');
    expect(first).toContain('PESTLE builder');
    expect(first).toContain('Northwind Office Supplies – market review');
    expect(first).toContain('Unit L3B2: Understanding the sales environment');
  });

  it('prints every learner detail exactly, whatever the script', () => {
    const details = normalise(sample.pages[0] ?? '');
    for (const [label, value] of [
      ['Learner', NAMES.polish],
      ['Learner number', 'ISP-000123'],
      ['Centre / training provider', 'Zoë & José Training (Birmingham)'],
      ['Assessor', NAMES.vietnamese],
      ['Qualification', 'ISP Level 3 Professional Sales'],
      ['Date', '14 March 2025'],
    ]) {
      expect(details).toContain(`${label} ${value}`);
    }
  });

  it('lists every assessment criterion code with its full wording', () => {
    const text = normalise(bodyText(sample));
    for (const criterion of CRITERIA) {
      expect(text).toContain(criterion.code);
      // Long wording wraps inside its cell, so compare it word by word in order.
      expect(containsWordsInOrder(text, criterion.text)).toBe(true);
    }
  });

  it('prints accented, Polish, Vietnamese and Arabic names in table cells', () => {
    const text = normalise(bodyText(sample));
    for (const name of [NAMES.polish, NAMES.vietnamese, 'Zoë Fontaine', 'José Álvarez', NAMES.arabic]) {
      expect(text).toContain(name);
    }
    expect(text).toContain(NAMES.accented);
  });

  it('keeps every row of the 40-row table, with its header repeated on each page it spans', () => {
    const allLines = lines(sample);
    const rows = pestleRows();
    for (const [id, factor, issue, impact, owner] of rows) {
      const rowLine = allLines.find((line) => line.startsWith(`${id} `));
      expect(rowLine, `row ${id}`).toBeDefined();
      expect(rowLine).toContain(factor);
      expect(rowLine).toContain(impact);
      expect(containsName(rowLine ?? '', owner ?? '')).toBe(true);
      expect(containsWordsInOrder(normalise(bodyText(sample)), issue ?? '')).toBe(true);
    }
    const tablePages = sample.pages.filter((page) => rows.some(([id]) => new RegExp(`^\\s*${id} `, 'm').test(page)));
    expect(tablePages.length).toBeGreaterThan(1);
    // The header row ("Impact on sales" wraps in its cell) starts each page of the table.
    for (const page of tablePages) {
      const headerLines = page.split('\n').map(normalise).filter((line) => line.startsWith('Ref Factor Issue Impact on'));
      expect(headerLines).toHaveLength(1);
    }
  });

  it('lays Arabic out right to left, in table cells as well as in paragraphs', () => {
    // -bbox gives each word's glyphs in left-to-right drawing order with its position on the page.
    const bbox = execFileSync('pdftotext', ['-bbox', sampleFile, '-'], { encoding: 'utf8' });
    const words = [...bbox.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((match) => ({
      x: Number(match[1]),
      line: `${pageOf(bbox, match.index ?? 0)}:${match[2]}`,
      glyphs: normalise(match[3] ?? ''),
    }));
    const arabic = words.filter((word) => /[\u0600-\u06ff]/.test(word.glyphs));
    expect(arabic.length).toBeGreaterThan(20);
    // Drawn right to left, each word's glyphs run backwards from left to right.
    const reversed = (text: string): string => Array.from(text).reverse().join('');
    for (const word of arabic) expect(['محمد', 'علي']).toContain(reversed(word.glyphs));
    // And where both words share a line, the second word (علي) sits to the left of the first.
    const lines = new Map<string, Record<string, number>>();
    for (const word of arabic) lines.set(word.line, { ...lines.get(word.line), [reversed(word.glyphs)]: word.x });
    const pairs = [...lines.values()].filter((line) => line['محمد'] !== undefined && line['علي'] !== undefined);
    expect(pairs.length).toBeGreaterThan(10);
    for (const line of pairs) expect(line['علي']).toBeLessThan(line['محمد'] ?? 0);
  });

  it('prints stray markup literally', () => {
    expect(normalise(bodyText(sample))).toContain(`"<script>alert('x')</script>" & other stray markup`);
  });

  it('brings back every line of the long paragraph, in order, across page breaks', () => {
    const body = normalise(bodyText(sample));
    const paragraph = longParagraph();
    expect(paragraph.length).toBeGreaterThan(5500);
    expect(body).toContain(normalise(paragraph));
    for (const line of paragraph.split('\n').filter((l) => l.trim() !== '')) {
      expect(body).toContain(normalise(line));
    }
    const firstPage = sample.pages.findIndex((page) => page.includes('Sentence 1:'));
    const lastPage = sample.pages.findIndex((page) => page.includes('Short closing line.'));
    expect(lastPage).toBeGreaterThan(firstPage);
  });

  it('keeps the learner’s own line breaks', () => {
    const allLines = lines(sample);
    const lineStarts = [1, 5, 9].map((n) => `Sentence ${n}:`);
    for (const start of lineStarts) expect(allLines.some((line) => line.startsWith(start))).toBe(true);
  });

  it('labels the bar chart in selectable text, with its values, axis and named key', () => {
    const text = normalise(bodyText(sample));
    expect(text).toContain('Figure 1: impact of each factor');
    for (const row of BAR_ROWS.slice(0, -1)) expect(text).toContain(row.label);
    expect(text).toContain('A deliberately long factor label');
    expect(text).toMatch(/A deliberately long factor label[^]*\.\.\./);
    expect(text).not.toContain('shortened with an ellipsis somewhere');
    expect(text).toContain('Impact score (0 to 5)');
    expect(text).toMatch(/Key: .*Threat.*Opportunity/);
    const chartLines = lines(sample);
    expect(chartLines.some((line) => /Economic: interest rates.*4\.5 Threat/.test(line))).toBe(true);
    expect(chartLines.some((line) => /Social: hybrid working buyers.*5 Opportunity/.test(line))).toBe(true);
    expect(chartLines.some((line) => /^0 1 2 3 4 5$/.test(line))).toBe(true);
  });

  it('shows the completeness check in words', () => {
    const allLines = lines(sample);
    const expectations: Array<[string, string]> = [
      ['At least one factor under each PESTLE heading', 'Met'],
      ['Every factor scored for impact', 'Met All 40 factors scored.'],
      ['Sources listed for each factor', 'Not yet 3 factors have no source yet.'],
    ];
    for (const [label, status] of expectations) {
      expect(allLines.some((line) => line.startsWith(label) && line.includes(status)), label).toBe(true);
    }
    expect(normalise(bodyText(sample))).toContain('2 of 3 checks met.');
  });

  it('counts only the spec’s rules, marks good practice apart and says where each rule comes from', () => {
    const doc = sampleDocument();
    doc.checklist = [
      { label: 'At least three internal forces described (AC 2.1)', isMet: true, source: 'L3B2 assessor guidance, LO2' },
      { label: 'Factors under all six PESTLE headings (AC 2.3)', isMet: false, detail: 'Missing: Legal.', source: 'L3B2 AC 2.3' },
      { label: 'A written summary of the key opportunities and threats', isMet: false, source: 'Good practice, not set by the specification: it pulls the analysis together', isGoodPractice: true },
    ];
    const result = readBack(writePdf(doc));
    const text = normalise(bodyText(result));
    expect(text).toContain('Learner’s self-check against the assessor guidance The learner’s own check of this document against the unit’s assessor guidance, made by the toolkit: not an assessment decision.');
    expect(text).toContain('1 of 2 checks the specification sets are met.');
    expect(text).toContain('Good practice (shown, never needed to complete): 0 of 1 done.');
    // Good practice is a table of its own, after the spec's rules, titled as not a requirement.
    expect(text).toMatch(/Missing: Legal\..*Good practice, not a requirement: advice beyond the specification’s minimum, never needed to complete Check Self-check A written summary/);
    expect(text).toContain('From: L3B2 assessor guidance, LO2');
    expect(text).toMatch(/From: Good practice, not set by the\b.*\bspecification: it pulls the analysis together/);
  });

  it('ends with the declaration and the assessor sign-off on one page', () => {
    const last = normalise(sample.pages[sample.pageCount - 1] ?? '');
    for (const text of [
      'Declaration and assessor sign-off',
      'Learner declaration',
      'I confirm that this work is my own, and that it is authentic and current.',
      'Learner signature',
      'Assessor sign-off',
      `Assessor name ${NAMES.vietnamese}`,
      'Outcome',
      'Pass',
      'Not yet achieved',
      'Tick one: this qualification is graded Pass only.',
      'Comments',
    ]) {
      expect(last).toContain(text);
    }
    // Both signature blocks have a comments box: the learner's and the assessor's.
    expect(last.match(/Comments/g)).toHaveLength(2);
  });

  it('never splits the declaration block, wherever the content before it ends', () => {
    let movedWhole = 0;
    // Pad the content line by line so the declaration's start sweeps down a whole page.
    for (let extraLines = 0; extraLines <= 60; extraLines += 6) {
      const padding = Array.from({ length: extraLines }, (_, i) => `Padding line ${i + 1}.`).join('\n');
      const result = readBack(writePdf(sampleDocument([{ kind: 'paragraph', text: padding }])));
      const declarationPage = result.pages.findIndex((page) => page.includes('Declaration and assessor sign-off'));
      expect(declarationPage, `padding ${extraLines}`).toBeGreaterThanOrEqual(0);
      const page = result.pages[declarationPage] ?? '';
      expect(page, `padding ${extraLines}`).toContain('Comments');
      expect(page).toContain('Learner signature');
      if (!page.includes('Learner’s self-check against the assessor guidance')) movedWhole += 1;
    }
    // At least one layout had to move the block to a fresh page to keep it whole.
    expect(movedWhole).toBeGreaterThan(0);
  });

  it('prints an Arabic learner name, and "Not given" for anything left empty', () => {
    const doc = sampleDocument();
    doc.learner = { name: NAMES.arabic, learnerNumber: '', centre: ' ', assessor: '', qualification: 'ISP Level 3 Professional Sales' };
    doc.blocks = [{ kind: 'heading', text: 'Reflection' }, { kind: 'paragraph', text: '' }];
    const result = readBack(writePdf(doc));
    const first = normalise(result.pages[0] ?? '');
    expect(first).toContain(NAMES.arabic);
    for (const label of ['Learner number', 'Centre / training provider', 'Assessor']) {
      expect(first).toContain(`${label} Not given`);
    }
    const all = normalise(result.pages.join('\n'));
    expect(all).toMatch(/Reflection Not given/);
    for (const page of result.pages) expect(normalise(page)).toContain(NAMES.arabic);
  });

  it('copes with empty sections and characters the font lacks without throwing', () => {
    const doc = sampleDocument();
    doc.criteria = [];
    doc.checklist = [];
    doc.blocks = [
      { kind: 'table', columns: ['A', 'B'], rows: [] },
      { kind: 'barChart', caption: 'Empty chart', valueLabel: 'Score', maxValue: 5, rows: [] },
      { kind: 'paragraph', text: 'Thumbs up 👍 and a rocket 🚀 from the learner.' },
    ];
    const result = readBack(writePdf(doc));
    const text = normalise(result.pages.join('\n'));
    expect(text).toContain('No criteria listed.');
    expect(text).toContain('No rows recorded.');
    expect(text).toContain('No data to chart.');
    expect(text).toContain('No checks recorded.');
    // Without the emoji font (never fetched while offline), emoji print as a visible mark, never a silent gap.
    expect(text).toContain('Thumbs up \ufffd and a rocket \ufffd from the learner.');
  });

  it('writes chart values and ticks with thousands separated, as money and counts are read', () => {
    const doc = sampleDocument();
    doc.blocks = [
      {
        kind: 'barChart',
        caption: 'Customer lifetime value by customer',
        valueLabel: 'Lifetime value (£)',
        maxValue: 20000,
        rows: [
          { label: 'Hilltop Café', value: 16589 },
          { label: 'Meridian Accounting LLP', value: 3300.5 },
        ],
      },
    ];
    const text = normalise(readBack(writePdf(doc)).pages.join('\n'));
    expect(text).toContain('16,589');
    expect(text).toContain('3,300.5');
    expect(text).toContain('20,000');
    expect(text).not.toContain('16589');
  });

  it('prints emoji as text from the emoji font in paragraphs, fields, tables and chart labels', () => {
    const doc = sampleDocument();
    doc.documentName = 'Goals 🎯';
    doc.learner = { ...doc.learner, name: 'Zoë 😀 Fontaine' };
    doc.blocks = [
      { kind: 'heading', text: 'Targets 🎯 this term' },
      { kind: 'paragraph', text: 'Thumbs up 👍 and a rocket 🚀 from the learner, a heart ❤️, a flag 🇬🇧 and 👩‍💼 at work. Chinese 中 has no font.' },
      { kind: 'fields', rows: [{ label: 'Mood 🙂', value: 'Happy 😀 today' }] },
      {
        kind: 'table',
        caption: 'Table 1: calls 📞',
        columns: ['Ref', 'Note 📝'],
        rows: [
          ['1', 'Call 📞 the client'],
          ['2', `${'Rockets 🚀 wrap across lines in a cell. '.repeat(6)}End ✅`],
        ],
      },
      { kind: 'barChart', caption: 'Figure 1: launches', valueLabel: 'Score', maxValue: 5, rows: [{ label: 'Rocket 🚀 launch', value: 3, group: 'Team 🙂' }] },
    ];
    const file = writePdf(doc, 'emoji', withEmojiFont);
    const text = normalise(readBack(file).pages.join('\n'));
    for (const phrase of [
      'Targets 🎯 this term',
      'Thumbs up 👍 and a rocket 🚀 from the learner',
      'a heart ❤\ufe0f, a flag 🇬🇧 and 👩\u200d💼 at work',
      'Mood 🙂',
      'Happy 😀 today',
      'Note 📝',
      'Call 📞 the client',
      'End ✅',
      'Rocket 🚀 launch',
      'Team 🙂',
      'Zoë 😀 Fontaine',
    ]) {
      expect(text, phrase).toContain(phrase);
    }
    expect(text.match(/Rockets 🚀 wrap/g)).toHaveLength(6);
    // Only the character neither font has is marked.
    expect(text.match(/\ufffd/g)).toEqual(['\ufffd']);
    expect(text).toContain('Chinese \ufffd has no font');
    expect(text).not.toMatch(/[\ue000-\uf8ff]/);
  });

  it('labels a line chart in selectable text: caption, axes, thinned dates, reference line and key', () => {
    const days = Array.from({ length: 31 }, (_, i) => `${i + 1} Mar`);
    const doc = sampleDocument();
    doc.blocks = [
      {
        kind: 'lineChart',
        caption: 'Figure 3: daily stress rating',
        xLabel: 'Day of the month',
        yLabel: 'Stress rating (1 to 10)',
        yMin: 1,
        yMax: 10,
        xLabels: days,
        series: [
          { name: 'Daily rating', values: days.map((_, i) => (i % 5 === 4 ? null : 8 - (i % 7))) },
          { name: '7-day average', values: days.map((_, i) => (i < 6 ? null : 5.5)) },
        ],
        referenceLines: [{ label: 'Baseline', value: 7 }],
      },
    ];
    const text = normalise(bodyText(readBack(writePdf(doc, 'line-chart'))));
    expect(text).toContain('Figure 3: daily stress rating');
    expect(text).toContain('Stress rating (1 to 10)');
    expect(text).toContain('Day of the month');
    expect(text).toContain('Baseline (7)');
    expect(text).toMatch(/Key: Daily rating 7-day average Baseline/);
    // The first and last days are always labelled; 31 labels do not all fit, so some are left out.
    expect(text).toContain('1 Mar');
    expect(text).toContain('31 Mar');
    expect(days.filter((day) => new RegExp(`(^| )${day}( |$)`).test(text)).length).toBeLessThan(31);
  });

  it('says so when a line chart has nothing to plot', () => {
    const doc = sampleDocument();
    doc.blocks = [{ kind: 'lineChart', caption: 'Empty line chart', xLabel: 'Day', yLabel: 'Score', yMin: 0, yMax: 10, xLabels: ['1 Mar'], series: [{ name: 'Rating', values: [null] }] }];
    const text = normalise(bodyText(readBack(writePdf(doc))));
    expect(text).toContain('Empty line chart No data to chart.');
  });

  it('splits a chart too tall for one page, repeating its axis and key', () => {
    const rows = Array.from({ length: 70 }, (_, i) => ({ label: `Factor number ${i + 1}`, value: i % 6, group: i % 2 ? 'Threat' : 'Opportunity' }));
    const doc = sampleDocument();
    doc.blocks = [{ kind: 'barChart', caption: 'Figure 2: many factors', valueLabel: 'Score', maxValue: 5, rows }];
    const result = readBack(writePdf(doc));
    const text = normalise(result.pages.join('\n'));
    for (const row of rows) expect(text).toMatch(new RegExp(`${row.label} `));
    const chartPages = result.pages.filter((page) => page.includes('Figure 2: many factors'));
    expect(chartPages.length).toBeGreaterThan(1);
    for (const page of chartPages) expect(normalise(page)).toMatch(/Key: .*Opportunity/);
    expect(text).toContain('Figure 2: many factors (continued)');
  });
});

/** Which page of pdftotext's -bbox output a character offset falls on. */
function pageOf(bbox: string, offset: number): number {
  return bbox.slice(0, offset).split('<page ').length - 1;
}

/**
 * pdftotext returns a right-to-left run in logical order when the whole line is Arabic, but in
 * visual (left-to-right glyph) order when it sits in a mostly English line. Both are the same
 * correctly shaped, correctly ordered text on the page (see the -bbox test), so accept either.
 */
function containsName(text: string, name: string): boolean {
  const wanted = normalise(name);
  return text.includes(wanted) || text.includes(Array.from(wanted).reverse().join(''));
}

/** True if the words of `phrase` appear in `text` in the same order (other words may sit between). */
function containsWordsInOrder(text: string, phrase: string): boolean {
  const words = normalise(phrase).split(' ');
  let from = 0;
  for (const word of words) {
    const at = text.indexOf(word, from);
    if (at === -1) return false;
    from = at + word.length;
  }
  return true;
}

describe('a chart group with one meaning has one colour on screen and in the PDF', () => {
  /** Every page's drawing operators, inflated from the PDF's compressed streams. */
  const drawingOf = (file: string) => {
    const raw = readFileSync(file).toString('latin1');
    const streams = [...raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map((m) => m[1] ?? '');
    return streams.map((body) => {
      try {
        return inflateSync(Buffer.from(body, 'latin1')).toString('latin1');
      } catch {
        return '';
      }
    }).join('\n');
  };
  const chart = (rows: Array<{ label: string; value: number; group: string; colour?: string }>): EvidenceDocument => {
    const doc = sampleDocument();
    doc.blocks = [{ kind: 'barChart', caption: 'Priorities', valueLabel: 'Priority', maxValue: 25, rows }];
    return doc;
  };
  // jsPDF writes a fill colour as "r g b rg", each part out of 1 to two places: #1b6e3a is 27, 110, 58.
  const GREEN_FILL = '0.11 0.43 0.23 rg';

  it('fills an opportunity’s bar and key with the colour the screen uses', () => {
    const drawing = drawingOf(writePdf(chart([{ label: 'Grant continues', value: 20, group: 'Opportunity', colour: '#1b6e3a' }, { label: 'Old CRM', value: 16, group: 'Threat', colour: '#b3261e' }])));
    expect(drawing.split(GREEN_FILL).length - 1).toBeGreaterThanOrEqual(2); // the bar and its key
    expect(drawing).toContain('0.7 0.15 0.12 rg'); // #b3261e
  });

  it('picks its own colours for groups with no fixed meaning', () => {
    expect(drawingOf(writePdf(chart([{ label: 'Grant continues', value: 20, group: 'Opportunity' }])))).not.toContain(GREEN_FILL);
  });
});
