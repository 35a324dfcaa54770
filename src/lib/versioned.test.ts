import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describePath, describeZodError, parseVersioned } from './versioned';
import { REFUSED_WITH_REASON } from './versioned-cases';

const Schema = z.object({
  name: z.string().min(1).max(5),
  count: z.number().int().min(1).max(10),
  kind: z.enum(['own', 'case-study']),
  tags: z.array(z.string()).max(2),
  format: z.literal('backup'),
  nested: z.object({ items: z.array(z.object({ title: z.string() })) }),
});

const reason = (value: unknown) => {
  const result = Schema.safeParse(value);
  if (result.success) throw new Error('expected a failure');
  return describeZodError(result.error);
};


describe('describeZodError', () => {
  it('says what is wrong and where, in plain English', () => {
    for (const [value, expected] of REFUSED_WITH_REASON) expect(reason(value)).toBe(expected);
  });

  it('never shows zod jargon, whatever the data', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = Schema.safeParse(value);
        if (result.success) return;
        expect(describeZodError(result.error)).not.toMatch(/undefined|received|Invalid input|<=|>=|\[object Object\]/);
      }),
    );
  });

  it('counts list positions from 1', () => {
    expect(describePath(['internal', 0, 'factor'])).toBe('internal › item 1 › factor');
  });
});

describe('parseVersioned', () => {
  const Current = z.object({ title: z.string(), notes: z.string() });
  const steps = { 1: (data: unknown) => ({ ...(data as object), notes: '' }) };

  it('upgrades old data one step at a time, keeping what it had', () => {
    expect(parseVersioned(Current, 2, steps, { title: 'Kept' }, 1)).toEqual({ ok: true, data: { title: 'Kept', notes: '' } });
  });

  it('refuses data from a newer version, or with no valid version, in plain words', () => {
    const newer = parseVersioned(Current, 2, steps, { title: 'x', notes: '' }, 3);
    expect(newer).toEqual({ ok: false, reason: expect.stringContaining('newer version of the toolkit (version 3') });
    expect(parseVersioned(Current, 2, steps, {}, 0)).toEqual({ ok: false, reason: expect.stringContaining('no valid version number') });
    expect(parseVersioned(Current, 2, steps, {}, 1.5)).toEqual({ ok: false, reason: expect.stringContaining('no valid version number') });
  });

  it('reports an upgrade step that fails instead of throwing', () => {
    const broken = { 1: () => { throw new Error('boom'); } };
    expect(parseVersioned(Current, 2, broken, {}, 1)).toEqual({ ok: false, reason: 'The data could not be upgraded from version 1.' });
  });
});
