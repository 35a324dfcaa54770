import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EvidenceDocument } from '../pdf/evidence-document';
import {
  buildEvidenceIndex,
  compareCodes,
  criterionUnitAndCode,
  documentLabel,
  documentOnPage,
  formatPageRange,
  layOutPack,
  listInWords,
  missingLearnerDetails,
  packContents,
  unitsInIndex,
  type PageRange,
} from './pack';
import { packFileName } from './pack-file-name';

const LEARNER = { name: 'Jo Bloggs', learnerNumber: 'ISP-1', centre: 'Leeds', assessor: 'Sam', qualification: 'Certificate' };

function doc(worksheetTitle: string, documentName: string, unit: { code: string; title: string }, codes: string[]): EvidenceDocument {
  return {
    worksheetTitle,
    documentName,
    unit,
    criteria: codes.map((code) => ({ code, text: `Criterion ${code}` })),
    learner: LEARNER,
    date: '2025-03-14',
    blocks: [],
    checklist: [],
  };
}

const PESTLE = doc('PESTLE builder', 'Café review', { code: 'L3B2', title: 'Understand Organisations' }, ['2.1', '2.2', '2.3']);
const PIPELINE = doc('Pipeline conversion calculator', 'Q1 pipeline', { code: 'L3C5', title: 'Sales Pipeline Management' }, ['2.1', '3.2']);

describe('page numbers of the finished pack', () => {
  it('moves the body’s pages back by the cover and index: a worked case', () => {
    // Body as drawn: PESTLE on pages 1–6, pipeline 7–13, declarations 14; cover 1 page, index 2.
    const layout = layOutPack({ cover: 1, index: 2 }, [{ first: 1, last: 6 }, { first: 7, last: 13 }], { first: 14, last: 14 });
    expect(layout).toEqual({
      cover: { first: 1, last: 1 },
      index: { first: 2, last: 3 },
      logs: null,
      documents: [{ first: 4, last: 9 }, { first: 10, last: 16 }],
      attachments: [],
      declarations: { first: 17, last: 17 },
      totalPages: 17,
    });
    // Attachments drawn after a document's pages move with it.
    expect(layOutPack({ cover: 1, index: 2 }, [{ first: 1, last: 6 }], { first: 9, last: 9 }, [{ first: 7, last: 8 }]).attachments).toEqual([{ first: 10, last: 11 }]);
    // With three pages of achievement logs after the index, everything after moves on by three.
    expect(layOutPack({ cover: 1, index: 2, logs: 3 }, [{ first: 1, last: 6 }], { first: 7, last: 7 })).toEqual({
      cover: { first: 1, last: 1 },
      index: { first: 2, last: 3 },
      logs: { first: 4, last: 6 },
      documents: [{ first: 7, last: 12 }],
      attachments: [],
      declarations: { first: 13, last: 13 },
      totalPages: 13,
    });
    expect(documentOnPage(layout, 3)).toBe(-1);
    expect(documentOnPage(layout, 4)).toBe(0);
    expect(documentOnPage(layout, 9)).toBe(0);
    expect(documentOnPage(layout, 10)).toBe(1);
    expect(documentOnPage(layout, 17)).toBe(-1);
  });

  it('gives every page to exactly one part, in order, for any lengths', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 12 }),
        (cover, index, documentLengths) => {
          let next = 1;
          const body: PageRange[] = documentLengths.map((length) => {
            const range = { first: next, last: next + length - 1 };
            next += length;
            return range;
          });
          const layout = layOutPack({ cover, index }, body, { first: next, last: next });
          const parts = [layout.cover, layout.index, ...layout.documents, layout.declarations];
          parts.forEach((part, i) => {
            expect(part.last).toBeGreaterThanOrEqual(part.first);
            expect(part.first).toBe(i === 0 ? 1 : (parts[i - 1]?.last ?? 0) + 1);
          });
          expect(layout.totalPages).toBe(cover + index + documentLengths.reduce((a, b) => a + b, 0) + 1);
        },
      ),
    );
  });

  it('writes one page as "7" and several as "7–9"', () => {
    expect(formatPageRange({ first: 7, last: 7 })).toBe('7');
    expect(formatPageRange({ first: 7, last: 9 })).toBe('7–9');
  });
});

describe('the evidence index', () => {
  it('has one row per criterion and document, by unit then AC, with the document’s pages', () => {
    const rows = buildEvidenceIndex([PIPELINE, PESTLE], [{ first: 3, last: 9 }, { first: 10, last: 15 }]);
    expect(rows.map((row) => [row.unitCode, row.criterionCode, row.worksheetTitle, formatPageRange(row.pages)])).toEqual([
      ['L3B2', '2.1', 'PESTLE builder', '10–15'],
      ['L3B2', '2.2', 'PESTLE builder', '10–15'],
      ['L3B2', '2.3', 'PESTLE builder', '10–15'],
      ['L3C5', '2.1', 'Pipeline conversion calculator', '3–9'],
      ['L3C5', '3.2', 'Pipeline conversion calculator', '3–9'],
    ]);
    expect(rows[0]).toMatchObject({ unitTitle: 'Understand Organisations', criterionText: 'Criterion 2.1', documentName: 'Café review', documentIndex: 1 });
    expect(unitsInIndex(rows)).toEqual([
      { code: 'L3B2', title: 'Understand Organisations' },
      { code: 'L3C5', title: 'Sales Pipeline Management' },
    ]);
  });

  it('lists an AC evidenced by two documents twice, in pack order, each with its own pages', () => {
    const second = { ...PESTLE, documentName: 'Second review', criteria: [{ code: '2.3', text: 'Criterion 2.3' }] };
    const rows = buildEvidenceIndex([PESTLE, second], [{ first: 3, last: 8 }, { first: 9, last: 9 }]);
    expect(rows.filter((row) => row.criterionCode === '2.3').map((row) => [row.documentName, formatPageRange(row.pages)])).toEqual([
      ['Café review', '3–8'],
      ['Second review', '9'],
    ]);
  });

  it('orders AC as numbers, so 1.10 comes after 1.9, and unit codes likewise', () => {
    expect(['1.10', '1.9', '2.1', '1.2'].sort(compareCodes)).toEqual(['1.2', '1.9', '1.10', '2.1']);
    expect(['L3C10', 'L3C5', 'L3B2'].sort(compareCodes)).toEqual(['L3B2', 'L3C5', 'L3C10']);
  });

  it('reads the unit from a code such as "L3S3 2.1" when the document has not got one unit yet', () => {
    const smart = { code: 'L3C4/L3S3', title: 'SMART objectives (several units)' };
    expect(criterionUnitAndCode(smart, { code: 'L3S3 2.1', text: '' })).toEqual({
      unitCode: 'L3S3',
      unitTitle: 'Plan Professional Development',
      criterionCode: '2.1',
    });
    expect(criterionUnitAndCode({ code: 'L3B2', title: 'Understand Organisations' }, { code: '2.1', text: '' })).toEqual({
      unitCode: 'L3B2',
      unitTitle: 'Understand Organisations',
      criterionCode: '2.1',
    });
    // Not a unit code: kept whole under the document's unit.
    expect(criterionUnitAndCode({ code: 'X1', title: 'T' }, { code: 'Part 2', text: '' })).toMatchObject({ unitCode: 'X1', criterionCode: 'Part 2' });
  });

  it('refuses to index a document it has no pages for, rather than print a wrong location', () => {
    expect(() => buildEvidenceIndex([PESTLE, PIPELINE], [{ first: 3, last: 8 }])).toThrow(/No pages given for document 2/);
  });
});

describe('the cover', () => {
  it('lists the index, each document with its unit and pages, and the declarations', () => {
    const layout = layOutPack({ cover: 1, index: 1 }, [{ first: 1, last: 6 }, { first: 7, last: 7 }], { first: 8, last: 8 });
    expect(packContents([PESTLE, PIPELINE], layout)).toEqual([
      { title: 'Evidence index: where the evidence for each assessment criterion is', unit: '', pages: { first: 2, last: 2 } },
      { title: 'PESTLE builder: Café review', unit: 'L3B2', pages: { first: 3, last: 8 } },
      { title: 'Pipeline conversion calculator: Q1 pipeline', unit: 'L3C5', pages: { first: 9, last: 9 } },
      { title: 'Declarations: learner and assessor', unit: '', pages: { first: 10, last: 10 } },
    ]);
  });

  it('does not repeat a document name that only repeats its worksheet', () => {
    expect(documentLabel('PESTLE builder', 'pestle builder')).toBe('PESTLE builder');
    expect(documentLabel('PESTLE builder', '  ')).toBe('PESTLE builder');
    expect(documentLabel('PESTLE builder', 'Café')).toBe('PESTLE builder: Café');
  });
});

describe('before building', () => {
  it('names the learner details the cover would print as "Not given"', () => {
    expect(missingLearnerDetails(LEARNER)).toEqual([]);
    expect(missingLearnerDetails({ ...LEARNER, name: ' ', assessor: '' })).toEqual(['your name', 'your assessor’s name']);
    expect(listInWords(['your name'])).toBe('your name');
    expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('names the file like a single export: learner, then what it is, then the date', () => {
    expect(packFileName('Łukasz Żółć', '2025-03-14')).toBe('Lukasz-Zolc_Portfolio-pack_2025-03-14.pdf');
    expect(packFileName('', '2025-03-14')).toBe('learner_Portfolio-pack_2025-03-14.pdf');
    expect(packFileName('Jo/Bloggs', 'not a date')).toBe('Jo-Bloggs_Portfolio-pack.pdf');
  });
});
