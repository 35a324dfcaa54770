import { describe, expect, it } from 'vitest';
import type { PdfBlock } from '../../lib/evidence-types';
import { createMeetingPreparationExample } from './example';
import { createEmptyMeetingPreparation } from './model';
import { meetingPreparationEvidenceBlocks } from './pdf';
import { meetingPreparationSpreadsheetTables } from './spreadsheet';

const text = (blocks: PdfBlock[]) => JSON.stringify(blocks);

describe('the meeting preparation as PDF blocks', () => {
  const blocks = meetingPreparationEvidenceBlocks(createMeetingPreparationExample().data);

  it('labels each section with the AC it evidences, in the spec’s words, (good practice is in the checklist)', () => {
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      'Your organisation and what it offers',
      'Interested prospects: AC 2.1 Identify and confirm prospects interest in the organisation\'s products/services',
      'Sales meetings arranged: AC 2.2 Arrange sales meetings with prospects',
      'Products and services matched to their needs: AC 2.3 Match the organisation\'s products and services to prospects business needs',
      'Dialogue frameworks: AC 2.4 Prepare a dialogue framework for sales meetings with prospects',
    ]);
  });

  it('prints each prospect’s interest, meeting, matches and framework', () => {
    const all = text(blocks);
    for (const expected of [
      'Penrose Veterinary Group', 'Email, 18 September 2026', 'Decision-making unit', '6 October 2026, 10:00', 'Video call: Video call with Marcus Doyle',
      'Penrose Veterinary Group: business needs matched to our products and services', 'Polycotton scrubs tested to 50 washes',
      'Dialogue framework for the meeting with Ashby & Cole Logistics Ltd on 8 October 2026, prepared on 5 October 2026', 'Potential customer concerns',
    ]) {
      expect(all).toContain(expected);
    }
  });

  it('says what is missing in a blank document rather than printing empty tables', () => {
    const empty = text(meetingPreparationEvidenceBlocks(createEmptyMeetingPreparation()));
    expect(empty).toContain('No prospect entered yet.');
    expect(empty).toContain('No meeting arranged yet.');
    expect(empty).not.toContain('"kind":"table","caption"');
  });
});

describe('the meeting preparation’s spreadsheet tables', () => {
  it('has a row per prospect, per matched need and per question, with dates as yyyy-mm-dd', () => {
    const [prospects, needs, questions] = meetingPreparationSpreadsheetTables(createMeetingPreparationExample().data);
    expect(prospects!.rows).toHaveLength(2);
    expect(prospects!.rows[0]).toEqual(expect.arrayContaining(['Penrose Veterinary Group', '2026-09-18', '2026-10-06', '10:00', 'In person', '2026-09-22', '2026-10-02']));
    expect(needs!.rows).toHaveLength(5);
    expect(questions!.rows).toHaveLength(9);
    expect(questions!.rows[3]).toEqual(['Penrose Veterinary Group', 'Demonstrating value', expect.stringContaining('If every practice'), expect.any(String)]);
  });

  it('is empty for a blank document', () => {
    expect(meetingPreparationSpreadsheetTables(createEmptyMeetingPreparation()).every((t) => t.rows.length === 0)).toBe(true);
  });
});
