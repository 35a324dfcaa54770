// @vitest-environment node
/** The achievement logs drawn with the real fonts and read back with poppler's pdftotext, page by page. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_UNIT_OUTLINES, outlineOf } from '../lib/spec/outlines';
import { buildQualificationLog, buildUnitLog } from './achievement-log';
import type { EvidenceClaim } from './log-claims';
import { buildLogPdf } from './render-log';
import { PDF_FONTS as fonts } from '../test-support/pdf-fonts';

const LEARNER = { name: 'Łukasz Żółć', learnerNumber: 'ISP-000123', centre: 'Leeds College', assessor: 'Nguyễn Thị Minh Khai', qualification: 'ISP Level 3 Certificate in Professional Sales' };

const claim = (criterionCode: string, overrides: Partial<EvidenceClaim> = {}): EvidenceClaim => ({
  documentId: 'pestle',
  kind: 'document',
  documentLabel: 'PESTLE builder: Café Zoë review',
  unitCode: 'L3B2',
  criterionCode,
  isComplete: true,
  isWorkedExample: false,
  completedOn: '2026-03-03',
  ...overrides,
});
const CLAIMS = [claim('2.1'), claim('2.2'), claim('2.3'), claim('1.1', { documentId: 'wb', kind: 'workbook-answer', documentLabel: 'L3B2 workbook', completedOn: '2026-03-05' })];

let workDir: string;
beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'log-pdf-'));
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function readPages(bytes: ArrayBuffer, name: string): string[] {
  const file = join(workDir, name);
  writeFileSync(file, Buffer.from(bytes));
  if (process.env.EVIDENCE_PDF_DIR) {
    mkdirSync(process.env.EVIDENCE_PDF_DIR, { recursive: true });
    writeFileSync(join(process.env.EVIDENCE_PDF_DIR, name), Buffer.from(bytes));
  }
  const pageCount = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
  return Array.from({ length: pageCount }, (_, index) => execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(index + 1), '-l', String(index + 1), file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '));
}

describe('a unit’s achievement log as PDF', () => {
  let pages: string[];
  const layoutLines = (page: number) =>
    execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', String(page + 1), '-l', String(page + 1), join(workDir, 'unit-log-L3B2.pdf'), '-'], { encoding: 'utf8' }).split('\n');
  beforeAll(() => {
    const log = buildUnitLog(outlineOf('L3B2')!, CLAIMS);
    pages = readPages(buildLogPdf([{ kind: 'unit', log }], LEARNER, '2026-03-20', fonts).output('arraybuffer'), 'unit-log-L3B2.pdf');
  });

  it('lists every AC under its learning outcome with achieved, the location and the completion date', () => {
    const text = pages.join(' ');
    expect(text).toContain('Unit achievement log');
    expect(text).toContain('Unit L3B2: Understand Organisations');
    expect(text).toContain('4 of 7 assessment criteria achieved');
    for (const column of ['Assessment criterion', 'Achieved', 'Location of the evidence', 'Completion date', 'Assessor signature']) expect(text).toContain(column);
    expect(text).toContain('Learning outcome 1: Understand the UK legal forms for organisations and operational functions');
    expect(text).toContain('Learning outcome 2: Understand the context in which an organisation operates');
    // Read as a table, row by row (-layout): each AC with its achievement, location and date on its row.
    const rows = layoutLines(0);
    const rowOf = (code: string) => rows.find((line) => line.trimStart().startsWith(code)) ?? '';
    expect(rowOf('1.1')).toMatch(/1\.1\s+Describe the UK legal\s+Yes\s+Unit workbook \(L3B2\s+5 March/);
    expect(rowOf('1.2')).toMatch(/1\.2\s+Explain the different\s+Not yet\s+No evidence yet/);
    expect(rowOf('2.3')).toMatch(/2\.3\s+Conduct a PESTLE\s+Yes\s+PESTLE builder: Café Zoë\s+3 March/);
  });

  it('ends with the learner’s and the assessor’s declarations, each with comments, and the IQA’s sampling line', () => {
    const text = pages.join(' ');
    expect(text).toMatch(/Learner declaration I confirm that the evidence listed in this achievement log is my own work.*Learner name Łukasz Żółć.*Learner signature Date Comments/);
    expect(text).toMatch(/Assessor declaration I confirm that the learner has achieved all the assessment criteria of this unit.*Assessor name Nguyễn Thị Minh Khai.*Assessor signature Date Comments/);
    expect(text).toMatch(/Internal quality assurer: sampling .*IQA name Date IQA signature Sampled: yes \/ no/);
    pages.forEach((page, index) => expect(page).toContain(`Page ${index + 1} of ${pages.length}`));
  });
});

describe('the qualification log as PDF', () => {
  it('lists every unit, optional units not taken annotated, credits, the rules of combination and the assessor’s declaration', () => {
    const unitLogs = ALL_UNIT_OUTLINES.map((outline) => buildUnitLog(outline, CLAIMS));
    const log = buildQualificationLog({ L3B2: 'achieved', L3B1: 'achieved' }, unitLogs);
    const pages = readPages(buildLogPdf([{ kind: 'qualification', log }], LEARNER, '2026-03-20', fonts).output('arraybuffer'), 'qualification-log.pdf');
    const text = pages.join(' ');
    for (const outline of ALL_UNIT_OUTLINES) expect(text).toContain(outline.code);
    expect(text).toContain('L3B2 Understand Organisations 3 Marked achieved; 4 of 7 AC with complete evidence');
    expect(text).toContain('L3B4 Understand the Sales and Marketing Relationship 3 Optional unit not taken');
    expect(text).toContain('Credits of the units marked achieved: 6.');
    expect(text).toContain('ISP Level 3 Certificate in Professional Sales: Not yet');
    expect(text).toMatch(/Assessor declaration I confirm that I am satisfied that the learner has achieved all the units necessary to complete the qualification.*Assessor signature Date Comments/);
    expect(text).toContain('Internal quality assurer: sampling');
  });
});
