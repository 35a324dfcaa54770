// The unit data against the specification itself: every LO, AC, indicative content bullet and
// guidance paragraph must be the spec's words, read from the lines the data names, and every AC the
// spec prints must be in the data. Reads ../shared/seeds/003_… (CI clones ../shared beside main).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_UNIT_SPECS } from './all-units';
import { matchOnLines, normalise, specCodesInTable, unitHeadings, withCorrections } from './spec-text';
import type { UnitSpec } from './unit-spec';

const SEEDS = join(process.cwd(), '../shared/seeds');
const SEED = readFileSync(join(SEEDS, readdirSync(SEEDS).find((name) => name.startsWith('003_')) ?? ''), 'utf8');
const LINES = SEED.split('\n');

/** Every problem with one unit's data, as sentences; empty when it is faithful. */
function problemsOf(unit: UnitSpec, lines: readonly string[]): string[] {
  const problems: string[] = [];
  const corrected = withCorrections(lines, unit.corrections);
  for (const correction of unit.corrections) {
    if (!normalise(lines[correction.line - 1] ?? '').includes(normalise(correction.reads))) {
      problems.push(`correction at line ${correction.line}: the line does not read "${correction.reads}"`);
    }
  }
  const check = (label: string, text: string, at: readonly number[]) => {
    const left = matchOnLines(text, at.map((line) => corrected[line - 1] ?? ''));
    if (left !== '') problems.push(`${label} "${text}": not found on lines ${at.join(', ')} from "${left}"`);
  };
  const headings = unitHeadings(lines);
  const next = headings.find((heading) => heading.line > unit.startLine)?.line ?? lines.length + 1;
  // The unit's own stretch of the spec, joined, for content and guidance that run over many lines.
  const stretch = normalise(corrected.slice(unit.startLine - 1, next - 1).join(' '));
  for (const outcome of unit.outcomes) {
    check(`LO${outcome.number}`, outcome.text, outcome.lines);
    for (const criterion of outcome.criteria) {
      if (!criterion.code.startsWith(`${outcome.number}.`)) problems.push(`AC ${criterion.code} is under LO${outcome.number}`);
      check(`AC ${criterion.code}`, criterion.text, criterion.lines);
    }
    for (const text of [...outcome.indicativeContent, ...outcome.guidance]) {
      if (!stretch.includes(normalise(text))) problems.push(`not in the unit's text: "${text}"`);
    }
    const guidance = normalise(outcome.guidance.join(' ')).toLowerCase();
    for (const minimum of outcome.minimums) {
      if (!guidance.includes(normalise(minimum.quote).toLowerCase())) problems.push(`minimum not in LO${outcome.number}'s guidance: "${minimum.quote}"`);
      if (!normalise(minimum.quote).toLowerCase().includes(NUMBER_WORDS[minimum.count] ?? String(minimum.count))) {
        problems.push(`minimum "${minimum.quote}" does not say ${minimum.count}`);
      }
      const codes = outcome.criteria.map((criterion) => criterion.code);
      for (const code of minimum.criteria) if (!codes.includes(code)) problems.push(`minimum names AC ${code}, not in LO${outcome.number}`);
    }
  }
  const printed = specCodesInTable(lines, unit.startLine);
  const inData = unit.outcomes.flatMap((outcome) => outcome.criteria.map((criterion) => criterion.code));
  for (const code of printed) if (!inData.includes(code)) problems.push(`AC ${code} of the spec is missing from the data`);
  for (const code of inData) {
    const justified = unit.corrections.some((correction) => correction.reading.includes(code));
    if (!printed.includes(code) && !justified) problems.push(`AC ${code} is not printed in the spec's table and no correction says why`);
  }
  if (inData.length !== new Set(inData).size) problems.push('an AC code is listed twice');
  const heading = headings.find((candidate) => candidate.line === unit.startLine);
  // The spec spells one title two ways ("Self-Management", line 377; "Self Management", line 2187): we use one.
  const sameTitle = (a: string, b: string) => normalise(a).replace(/-/g, ' ') === normalise(b).replace(/-/g, ' ');
  if (heading?.code !== unit.code || !sameTitle(heading.title, unit.title)) {
    problems.push(`line ${unit.startLine} is not the heading "${unit.code} ${unit.title}"`);
  }
  if (!/assess[a-z]*\s*guidance/i.test((lines[unit.guidanceLine - 1] ?? '').replace(/\t/g, ''))) problems.push(`line ${unit.guidanceLine} is not its Assessor Guidance heading`);
  return problems;
}

const NUMBER_WORDS: Record<number, string> = { 1: 'one', 2: 'two', 3: 'three', 4: 'four', 5: 'five', 6: 'six', 7: 'seven', 8: 'eight', 9: 'nine', 10: 'ten' };

describe('the unit data is the specification, word for word', () => {
  it('has a module for every unit heading in the spec, and no other', () => {
    const inSpec = unitHeadings(LINES).map((heading) => heading.code).sort();
    expect(inSpec).toHaveLength(27);
    expect(ALL_UNIT_SPECS.map((unit) => unit.code).sort()).toEqual(inSpec);
  });

  it.each(ALL_UNIT_SPECS.map((unit) => [unit.code, unit] as const))('%s: every LO, AC, content bullet, guidance paragraph and number is the spec\'s', (_code, unit) => {
    expect(problemsOf(unit, LINES)).toEqual([]);
  });

  it('fails on an altered AC, a missing AC, a wrong line and a made-up number', () => {
    const unit = ALL_UNIT_SPECS[0];
    expect(unit).toBeDefined();
    if (!unit) return;
    const [first, ...rest] = unit.outcomes;
    if (!first) throw new Error('a unit with no LO');
    const [criterion, ...otherCriteria] = first.criteria;
    if (!criterion) throw new Error('an LO with no AC');
    const altered: UnitSpec = { ...unit, outcomes: [{ ...first, criteria: [{ ...criterion, text: `${criterion.text} thoroughly` }, ...otherCriteria] }, ...rest] };
    expect(problemsOf(altered, LINES).join('\n')).toMatch(/AC 1\.1 .*not found/);
    const missing: UnitSpec = { ...unit, outcomes: [{ ...first, criteria: otherCriteria }, ...rest] };
    expect(problemsOf(missing, LINES).join('\n')).toContain('AC 1.1 of the spec is missing');
    const moved: UnitSpec = { ...unit, outcomes: [{ ...first, criteria: [{ ...criterion, lines: criterion.lines.map((line) => line + 40) }, ...otherCriteria] }, ...rest] };
    expect(problemsOf(moved, LINES).join('\n')).toMatch(/AC 1\.1 .*not found/);
    const guidance = first.guidance[0] ?? '';
    const invented: UnitSpec = { ...unit, outcomes: [{ ...first, minimums: [{ criteria: ['1.1'], count: 9, what: 'things', quote: 'at least nine' }] }, ...rest] };
    expect(problemsOf(invented, LINES).join('\n')).toContain('minimum not in');
    const rewritten: UnitSpec = { ...unit, outcomes: [{ ...first, guidance: [`${guidance} Learners must also sing.`] }, ...rest] };
    expect(problemsOf(rewritten, LINES).join('\n')).toContain('not in the unit\'s text');
  });
});

describe('one spelling of each unit title', () => {
  it('spells L4S4 "Self-Management" as the unit list (line 377) and the achievement log do', () => {
    expect(ALL_UNIT_SPECS.find((u) => u.code === 'L4S4')?.title).toBe('Self-Management');
  });
});
