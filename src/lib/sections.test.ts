import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neighbours, nextSection, sectionProgress, shows, unmetChecks } from './sections';

const SECTIONS = [
  { id: 'organisation', title: 'The organisation', criteria: [] },
  { id: 'internal', title: 'Internal forces', criteria: ['2.1'] },
  { id: 'external', title: 'External forces', criteria: ['2.2', '2.3'] },
  { id: 'notes', title: 'Notes', criteria: [] },
];

describe('a worksheet\'s task list', () => {
  it('gives each section its status from the rules that name it; a rule can belong to two', () => {
    const progress = sectionProgress(SECTIONS, [
      { label: 'Named', isMet: true, sections: ['organisation'] },
      { label: 'Three internal', isMet: true, sections: ['internal'] },
      { label: 'Three external', isMet: false, sections: ['external'] },
      { label: 'Each force rated', isMet: false, sections: ['internal', 'external'] },
      { label: 'Unplaced', isMet: false },
    ]);
    expect(progress.map((p) => [p.section.id, p.number, p.status, p.met, p.total])).toEqual([
      ['organisation', 1, 'completed', 1, 1],
      ['internal', 2, 'in-progress', 1, 2],
      ['external', 3, 'not-started', 0, 2],
      ['notes', 4, 'optional', 0, 0],
    ]);
    expect(progress[1]?.unmet.map((item) => item.label)).toEqual(['Each force rated']);
    expect(nextSection(progress)?.section.id).toBe('internal');
  });

  it('has no next step once every rule is met', () => {
    const progress = sectionProgress(SECTIONS, [{ label: 'Named', isMet: true, sections: ['organisation'] }]);
    expect(nextSection(progress)).toBeNull();
  });

  it('counts every rule of a section once, met or not (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ isMet: fc.boolean(), sections: fc.subarray(SECTIONS.map((s) => s.id)) })), (rules) => {
        const items = rules.map((rule, index) => ({ label: `rule ${index}`, ...rule }));
        for (const entry of sectionProgress(SECTIONS, items)) {
          const own = items.filter((item) => item.sections.includes(entry.section.id));
          expect(entry.total).toBe(own.length);
          expect(entry.met + entry.unmet.length).toBe(entry.total);
        }
      }),
    );
  });

  it('finds the sections either side, and none past the ends', () => {
    expect(neighbours(SECTIONS, 'internal')).toEqual({ previous: SECTIONS[0], next: SECTIONS[2] });
    expect(neighbours(SECTIONS, 'organisation').previous).toBeUndefined();
    expect(neighbours(SECTIONS, 'notes').next).toBeUndefined();
    expect(neighbours(SECTIONS, 'nope')).toEqual({});
  });

  it('shows one section on its page and every section on the review page', () => {
    expect(shows('internal', 'internal')).toBe(true);
    expect(shows('internal', 'external')).toBe(false);
    expect(shows(null, 'external')).toBe(true);
  });
});

describe('the rules the error summary lists', () => {
  const checklist = [
    { label: 'Context given', isMet: false, sections: ['context'] },
    { label: 'Three forces', isMet: true, sections: ['forces'] },
    { label: 'Forces rated', isMet: false, sections: ['forces', 'ratings'] },
    { label: 'A summary', isMet: false },
  ];
  const labels = (checks: ReturnType<typeof unmetChecks>) => checks.map((c) => `${c.item.label}@${c.sectionId}${c.isHere ? ' here' : ''}`);

  it('on a section page, Check my work lists only that section\'s unmet rules, each met on this page', () => {
    expect(labels(unmetChecks(checklist, 'ratings', 'page'))).toEqual(['Forces rated@ratings here']);
    expect(labels(unmetChecks(checklist, 'forces', 'page'))).toEqual(['Forces rated@forces here']);
  });

  it('export lists every unmet rule, each linked to the first section that meets it', () => {
    expect(labels(unmetChecks(checklist, 'ratings', 'all'))).toEqual(['Context given@context', 'Forces rated@ratings here', 'A summary@null']);
  });

  it('the review page shows every section, so every rule with a section is met here', () => {
    expect(labels(unmetChecks(checklist, null, 'page'))).toEqual(['Context given@context here', 'Forces rated@forces here', 'A summary@null']);
  });

  it('the task list shows no section, so every rule is met elsewhere', () => {
    expect(labels(unmetChecks(checklist, '', 'page'))).toEqual(['Context given@context', 'Forces rated@forces', 'A summary@null']);
  });

  it('never lists a met rule or good practice, and lists every unmet rule of the spec on export', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ label: fc.string(), isMet: fc.boolean(), isGoodPractice: fc.boolean(), sections: fc.array(fc.constantFrom('a', 'b', 'c')) })), fc.constantFrom('a', 'b', null, ''), (items, shown) => {
        const all = unmetChecks(items, shown, 'all');
        expect(all.map((c) => c.item)).toEqual(items.filter((i) => !i.isMet && !i.isGoodPractice));
        for (const check of unmetChecks(items, shown, 'page')) expect(check.item.isMet).toBe(false);
      }),
    );
  });
});

describe('good practice on the task list', () => {
  it('never counts in a section’s status, and is listed apart while not done', () => {
    const progress = sectionProgress(SECTIONS, [
      { label: 'Three internal', isMet: true, sections: ['internal'] },
      { label: 'A sales implication per internal force', isMet: false, sections: ['internal'], isGoodPractice: true },
      { label: 'A written summary', isMet: false, sections: ['notes'], isGoodPractice: true },
    ]);
    const byId = Object.fromEntries(progress.map((p) => [p.section.id, p]));
    expect([byId.internal?.status, byId.internal?.met, byId.internal?.total]).toEqual(['completed', 1, 1]);
    expect(byId.internal?.goodPracticeToDo.map((i) => i.label)).toEqual(['A sales implication per internal force']);
    // A section with only good practice has nothing the spec checks: optional, never the next step.
    expect(byId.notes?.status).toBe('optional');
    expect(nextSection(progress)).toBeNull();
  });
});
