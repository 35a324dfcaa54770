import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ALL_UNIT_SPECS, unitSpec } from '../../lib/spec/all-units';
import { amountUnitOf, minimumKind, minimumsAt, minimumsOf } from './guidance';
import { alignToUnit, createEmptyWorkbook, parseWorkbook, recordLine, WORKBOOK_SCHEMA_VERSION } from './model';
import { workbookCompleteness, workbookProgress } from './completeness';
import { workbookId } from './card';
import { workbookMeta, unitOfWorkbookId } from './meta';
import { UNIT_OUTLINES } from './outlines';

const L3B1 = unitSpec('L3B1')!;
const L3C3 = unitSpec('L3C3')!;
const L4C2 = unitSpec('L4C2')!;

describe('workbook metadata', () => {
  it('is one workbook per unit of the spec, a section per LO titled in its words, with its AC', () => {
    expect(UNIT_OUTLINES).toHaveLength(27);
    const meta = workbookMeta(UNIT_OUTLINES.find((outline) => outline.code === 'L3B1')!);
    expect(meta.id).toBe('workbook-L3B1');
    expect(meta.kind).toBe('workbook');
    expect(meta.sections).toEqual([
      { id: 'lo1', title: 'Understand effective communication in sales', criteria: ['1.1', '1.2', '1.3', '1.4'] },
      { id: 'lo2', title: 'Understand a communication cycle and barriers', criteria: ['2.1', '2.2', '2.3'] },
      { id: 'lo3', title: 'Be able to plan communication for a target audience', criteria: ['3.1', '3.2', '3.3'] },
    ]);
    expect(meta.criteria[0]).toEqual({ code: '1.1', text: 'Explain the importance of effective communication in the sales process' });
    expect(unitOfWorkbookId(workbookId('L4S5'))).toBe('L4S5');
    expect(unitOfWorkbookId('pestle')).toBeNull();
  });
});

describe('the numbers the guidance sets', () => {
  it('are lists, amounts of time, or prompts when they apply only in some cases', () => {
    expect(minimumKind({ what: 'communication channels, with an example of each' })).toBe('list');
    expect(minimumKind({ what: 'minutes each presentation/demonstration lasts, with questions' })).toBe('amount');
    expect(minimumKind({ what: 'month (at least) that the sales activity plan covers' })).toBe('amount');
    expect(minimumKind({ what: 'realistic case study audiences, if not in a sales role' })).toBe('prompt');
    expect(minimumKind({ what: 'examples of what may happen if inaccurate information is used' })).toBe('list');
    expect(amountUnitOf('weeks of evidenced use')).toBe('weeks');
  });

  it('each has a key unique within its unit, and is asked under the first AC it applies to', () => {
    for (const unit of ALL_UNIT_SPECS) {
      const keys = minimumsOf(unit).map((minimum) => minimum.key);
      expect(new Set(keys).size, unit.code).toBe(keys.length);
    }
    expect(minimumsAt(L3B1, '2.2').map((minimum) => minimum.quote)).toEqual(['At least three barriers to effective communication', 'one individual', 'one team', 'one organisational barrier']);
    expect(minimumsAt(L3B1, '2.3')).toEqual([]);
  });
});

describe('a new workbook', () => {
  it('has every AC unanswered and every list with as many blank entries as the guidance asks for', () => {
    const empty = createEmptyWorkbook(L3B1);
    expect(empty.answers.map((answer) => answer.code)).toEqual(['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3']);
    expect(empty.minimums.find((minimum) => minimum.key === '1.2: at least four communication channels')?.entries).toHaveLength(4);
    expect(empty.minimums.find((minimum) => minimum.key === '3.1 3.2: two realistic case study audiences')?.entries).toHaveLength(0);
  });

  it('meets no rule, and asks for every AC and every enforced number', () => {
    for (const unit of ALL_UNIT_SPECS) {
      const checks = workbookCompleteness(unit, createEmptyWorkbook(unit));
      expect(checks.filter((check) => check.isMet), unit.code).toEqual([]);
      const acCount = unit.outcomes.flatMap((outcome) => outcome.criteria).length;
      expect(checks.length, unit.code).toBe(acCount + minimumsOf(unit).filter((minimum) => minimum.kind !== 'prompt').length);
    }
  });
});

describe('parsing stored workbooks', () => {
  it('refuses a workbook of another unit', () => {
    expect(parseWorkbook(L3C3, createEmptyWorkbook(L3B1), WORKBOOK_SCHEMA_VERSION)).toEqual({ ok: false, reason: 'This is a workbook for unit L3B1, not L3C3.' });
  });

  it('adds what is missing and keeps what the unit no longer has, so nothing written is dropped', () => {
    const empty = createEmptyWorkbook(L3B1);
    const stored = { ...empty, answers: [{ ...empty.answers[1]!, text: 'Kept' }, { code: '9.9', text: 'An AC since removed', records: [], evidence: empty.answers[0]!.evidence }] };
    const aligned = alignToUnit(stored, L3B1);
    expect(aligned.answers.map((answer) => answer.code)).toEqual(['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3', '9.9']);
    expect(aligned.answers[1]!.text).toBe('Kept');
    expect(aligned.answers.at(-1)!.text).toBe('An AC since removed');
  });

  it('reads back any answers typed, exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40 }), { minLength: 10, maxLength: 10 }), (texts) => {
        const data = createEmptyWorkbook(L3B1);
        data.answers.forEach((answer, index) => (answer.text = texts[index]!));
        expect(parseWorkbook(L3B1, JSON.parse(JSON.stringify(data)), 1)).toEqual({ ok: true, data });
      }),
      { numRuns: 30 },
    );
  });
});

describe('the checklist', () => {
  it('flags a list short of the guidance’s number, quoting it, then meets it', () => {
    const data = createEmptyWorkbook(L3B1);
    const channels = data.minimums.find((minimum) => minimum.key === '1.2: at least four communication channels')!;
    channels.entries.slice(0, 3).forEach((entry, index) => (entry.text = `Channel ${index + 1}`));
    const rule = () => workbookCompleteness(L3B1, data).find((check) => check.label.startsWith('At least 4 communication channels'))!;
    expect(rule()).toMatchObject({ isMet: false, detail: '3 of 4 given.', sections: ['lo1'] });
    expect(rule().label).toBe('At least 4 communication channels, with an example of each (AC 1.2): the guidance asks for “at least four communication channels”');
    channels.entries[3]!.text = 'Channel 4';
    expect(rule().isMet).toBe(true);
  });

  it('asks a practical AC for a complete evidence record, not an essay', () => {
    const data = createEmptyWorkbook(L3C3);
    const answer = data.answers.find((candidate) => candidate.code === '2.2')!;
    answer.text = 'An essay is not evidence of a negotiation conducted.';
    const rule = () => workbookCompleteness(L3C3, data).find((check) => check.label.startsWith('AC 2.2'))!;
    expect(rule().isMet).toBe(false);
    answer.records = [{ id: 'r', what: 'Observation record', where: 'Portfolio p. 4', date: '2026-10-01', by: '' }];
    expect(rule()).toMatchObject({ isMet: false, detail: 'Complete every part of a record: what, where, date and who.' });
    answer.records[0]!.by = 'Sam Patel, sales manager';
    expect(rule().isMet).toBe(true);
  });

  it('counts an amount of time against the guidance’s number', () => {
    const data = createEmptyWorkbook(L4C2);
    const minutes = data.minimums.find((minimum) => minimum.key === '2.3: at least 20 minutes each')!;
    const rule = () => workbookCompleteness(L4C2, data).find((check) => check.label.startsWith('At least 20 minutes'))!;
    minutes.amount = '15';
    expect(rule()).toMatchObject({ isMet: false, detail: '15 given (at least 20 needed).' });
    minutes.amount = 'twenty';
    expect(rule().isMet).toBe(false);
    minutes.amount = '25';
    expect(rule().isMet).toBe(true);
  });

  it('does not ask twice for what a linked worksheet document evidences', () => {
    const data = createEmptyWorkbook(L3B1);
    for (const code of ['2.2', '2.3']) data.answers.find((answer) => answer.code === code)!.evidence = { documentId: 'd', documentName: 'Mine', worksheetTitle: 'A worksheet' };
    const checks = workbookCompleteness(L3B1, data);
    expect(checks.find((check) => check.label.startsWith('AC 2.2'))).toMatchObject({ isMet: true, detail: 'Evidenced by A worksheet: “Mine”.' });
    expect(checks.find((check) => check.label.startsWith('At least 3 barriers'))?.isMet).toBe(true);
    expect(checks.find((check) => check.label.startsWith('AC 2.1'))?.isMet).toBe(false);
    expect(workbookProgress(L3B1, data)).toMatchObject({ '2.1': 'not-started', '2.2': 'worksheet', '2.3': 'worksheet' });
  });

  it('counts an AC as answered once anything is written for it, its lists included', () => {
    const data = createEmptyWorkbook(L3B1);
    data.minimums.find((minimum) => minimum.key === '1.1: at least two workplace examples')!.entries[0]!.text = 'One example';
    expect(workbookProgress(L3B1, data)['1.1']).toBe('answered');
    expect(workbookProgress(L3B1, data)['1.2']).toBe('not-started');
  });
});

describe('a complete evidence record folded to one line', () => {
  const record = { id: 'r1', what: 'Witness testimony from the production manager', where: 'Portfolio section L3L1, page 6', date: '2026-09-24', by: 'Priya Shah, sales manager' };
  it('gives the date, who observed it and what it is', () => {
    expect(recordLine(record)).toBe('24 September 2026, by Priya Shah, sales manager: Witness testimony from the production manager');
  });
  it('stays open while any part is missing', () => {
    for (const part of ['what', 'where', 'date', 'by'] as const) expect(recordLine({ ...record, [part]: ' '.repeat(part === 'date' ? 0 : 1) })).toBeNull();
    expect(recordLine(undefined)).toBeNull();
  });
});
