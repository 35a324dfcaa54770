import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_UNIT_OUTLINES, outlineOf } from '../lib/spec/outlines';
import { buildQualificationLog, buildUnitLog, locationInWords, type UnitLog } from './achievement-log';
import type { EvidenceClaim } from './log-claims';

const L3B2 = outlineOf('L3B2')!;

const claim = (overrides: Partial<EvidenceClaim>): EvidenceClaim => ({
  documentId: 'doc',
  kind: 'document',
  documentLabel: 'PESTLE builder: Café review',
  unitCode: 'L3B2',
  criterionCode: '2.1',
  isComplete: true,
  isWorkedExample: false,
  completedOn: '2026-03-03',
  ...overrides,
});

const rowOf = (log: UnitLog, code: string) => log.outcomes.flatMap((outcome) => outcome.rows).find((row) => row.code === code)!;

describe('a unit’s achievement log, on a worked case', () => {
  // L3B2: a complete PESTLE (2.1–2.3, completed 3 March), a second PESTLE still in progress claiming
  // 2.2 and 2.3 again (set 10 March), a workbook answer to 1.1 (written 5 March), 1.3 half-written,
  // and 1.2 and 1.4 that nothing claims.
  const pestle = (code: string) => claim({ documentId: 'pestle-1', criterionCode: code });
  const secondPestle = (code: string) => claim({ documentId: 'pestle-2', documentLabel: 'PESTLE builder: Bakery', criterionCode: code, isComplete: false, completedOn: '2026-03-10' });
  const workbook = (code: string, isComplete: boolean) =>
    claim({ documentId: 'workbook-1', kind: 'workbook-answer', documentLabel: 'L3B2 workbook', criterionCode: code, isComplete, completedOn: '2026-03-05' });
  const claims = [pestle('2.1'), pestle('2.2'), pestle('2.3'), secondPestle('2.2'), secondPestle('2.3'), workbook('1.1', true), workbook('1.3', false)];
  const log = buildUnitLog(L3B2, claims);

  it('has one row per AC in the spec’s order, under each learning outcome in the spec’s words', () => {
    expect(log.outcomes.map((outcome) => [outcome.number, outcome.text, outcome.rows.map((row) => row.code)])).toEqual([
      [1, 'Understand the UK legal forms for organisations and operational functions', ['1.1', '1.2', '1.3', '1.4']],
      [2, 'Understand the context in which an organisation operates', ['2.1', '2.2', '2.3']],
    ]);
    expect(rowOf(log, '2.3').text).toBe('Conduct a PESTLE analysis for an organisation');
  });

  it('marks an AC achieved from complete evidence, dated by the earliest complete evidence', () => {
    expect(rowOf(log, '2.2')).toMatchObject({ isAchieved: true, completedOn: '2026-03-03' });
    expect(rowOf(log, '1.1')).toMatchObject({ isAchieved: true, completedOn: '2026-03-05' });
    expect(rowOf(log, '1.3')).toMatchObject({ isAchieved: false, completedOn: null });
    expect(rowOf(log, '1.2')).toMatchObject({ isAchieved: false, completedOn: null, locations: [] });
    expect([log.achieved, log.total, log.completedOn]).toEqual([4, 7, null]);
  });

  it('lists every place that claims an AC, with its own state, in words', () => {
    const row = rowOf(log, '2.2');
    expect(row.locations.map((location) => locationInWords(location, row.code))).toEqual(['PESTLE builder: Café review', 'PESTLE builder: Bakery, not complete yet']);
    const answer = rowOf(log, '1.1');
    expect(locationInWords(answer.locations[0]!, '1.1')).toBe('Unit workbook (L3B2 workbook), answer to AC 1.1');
  });

  it('gives pages in a pack, and says when a document was left out of it', () => {
    const inPack = buildUnitLog(L3B2, claims, (id) => (id === 'pestle-1' ? { first: 7, last: 9 } : id === 'workbook-1' ? { first: 12, last: 12 } : undefined));
    const row = rowOf(inPack, '2.2');
    expect(row.locations.map((location) => locationInWords(location, '2.2'))).toEqual([
      'PESTLE builder: Café review, pages 7–9',
      'PESTLE builder: Bakery, not in this pack; not complete yet',
    ]);
    expect(locationInWords(rowOf(inPack, '1.1').locations[0]!, '1.1')).toBe('Unit workbook (L3B2 workbook), answer to AC 1.1, page 12');
  });

  it('never counts the worked example, and dates a unit by its last AC once every AC is achieved', () => {
    const example = buildUnitLog(L3B2, [claim({ isWorkedExample: true })]);
    expect(rowOf(example, '2.1')).toMatchObject({ isAchieved: false });
    expect(locationInWords(rowOf(example, '2.1').locations[0]!, '2.1')).toBe('PESTLE builder: Café review, the toolkit’s worked example, not evidence');
    const codes = L3B2.outcomes.flatMap((outcome) => outcome.criteria.map((criterion) => criterion.code));
    const whole = buildUnitLog(L3B2, codes.map((code, index) => claim({ criterionCode: code, completedOn: `2026-03-${String(10 + index)}` })));
    expect([whole.achieved, whole.completedOn]).toEqual([7, '2026-03-16']);
  });
});

describe('the qualification log', () => {
  it('lists every unit, annotating optional units not taken, with credits and the rules of combination', () => {
    const logs = [buildUnitLog(L3B2, [claim({})])];
    const log = buildQualificationLog({ L3B2: 'in-progress', L3B1: 'achieved' }, logs);
    expect(log.rows).toHaveLength(27);
    const note = (code: string) => log.rows.find((row) => row.unit.code === code)?.note;
    expect(note('L3B2')).toBe('In progress; 1 of 7 AC with complete evidence');
    expect(note('L3B1')).toBe('Marked achieved');
    expect(note('L3B4')).toBe('Optional unit not taken');
    expect(note('L3C1')).toBe('Not started (a unit the Apprenticeship Diploma prescribes)');
    expect(log.achievedCredits).toBe(3);
    expect(log.checks.map((check) => check.id)).toEqual(['certificate', 'diploma', 'apprenticeship-diploma']);
  });
});

describe('every AC a pack claims is in the log with a location', () => {
  const outlineArb = fc.constantFrom(...ALL_UNIT_OUTLINES);
  it('holds for any claims of any unit and any pages', () => {
    fc.assert(
      fc.property(
        outlineArb.chain((outline) => {
          const codes = outline.outcomes.flatMap((outcome) => outcome.criteria.map((criterion) => criterion.code));
          const claimArb = fc.record({
            documentId: fc.constantFrom('a', 'b', 'c'),
            kind: fc.constantFrom<EvidenceClaim['kind']>('document', 'workbook-answer'),
            documentLabel: fc.string(),
            unitCode: fc.constant(outline.code),
            criterionCode: fc.constantFrom(...codes),
            isComplete: fc.boolean(),
            isWorkedExample: fc.boolean(),
            completedOn: fc.constantFrom('2026-01-02', '2026-02-03', ''),
          });
          return fc.tuple(fc.constant(outline), fc.array(claimArb, { maxLength: 20 }), fc.subarray(['a', 'b', 'c']));
        }),
        ([outline, claims, inPack]) => {
          const pages = (id: string) => (inPack.includes(id) ? { first: inPack.indexOf(id) + 3, last: inPack.indexOf(id) + 4 } : undefined);
          const log = buildUnitLog(outline, claims, pages);
          for (const claimed of claims.filter((c) => inPack.includes(c.documentId))) {
            const row = rowOf(log, claimed.criterionCode);
            const location = row.locations.find((l) => l.documentId === claimed.documentId && l.kind === claimed.kind);
            expect(location?.pages).toEqual(pages(claimed.documentId));
            expect(locationInWords(location!, row.code)).toMatch(/pages? \d/);
          }
          const rows = log.outcomes.flatMap((outcome) => outcome.rows);
          expect(rows.map((row) => row.code)).toEqual(outline.outcomes.flatMap((o) => o.criteria.map((c) => c.code)));
          for (const row of rows) expect(row.isAchieved).toBe(row.completedOn !== null || row.locations.some((l) => l.isComplete && !l.isWorkedExample && l.isInPack !== false && l.completedOn === ''));
        },
      ),
    );
  });
});
