import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describePath, describeZodError, parseVersioned } from './versioned';

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

const valid = { name: 'Zoë', count: 3, kind: 'own', tags: [], format: 'backup', nested: { items: [{ title: 'a' }] } };

describe('describeZodError', () => {
  it('says what is wrong and where, in plain English', () => {
    expect(reason({ ...valid, name: undefined })).toBe('The data is not in the expected shape: name is missing.');
    expect(reason({ ...valid, name: '' })).toBe('The data is not in the expected shape: name is empty.');
    expect(reason({ ...valid, name: 'far too long' })).toBe('The data is not in the expected shape: name is longer than the 5 characters allowed.');
    expect(reason({ ...valid, count: 'three' })).toBe('The data is not in the expected shape: count should be a number.');
    expect(reason({ ...valid, count: 2.5 })).toBe('The data is not in the expected shape: count should be a whole number.');
    expect(reason({ ...valid, count: 11 })).toBe('The data is not in the expected shape: count is more than the largest allowed (10).');
    expect(reason({ ...valid, kind: 'other' })).toBe('The data is not in the expected shape: kind is not one of the allowed choices (“own”, “case-study”).');
    expect(reason({ ...valid, tags: ['a', 'b', 'c'] })).toBe('The data is not in the expected shape: tags has more than the 2 items allowed.');
    expect(reason({ ...valid, format: 'other' })).toBe('The data is not in the expected shape: format should be “backup”.');
    expect(reason({ ...valid, nested: { items: [{ title: 'a' }, { title: 7 }] } })).toBe(
      'The data is not in the expected shape: nested › items › item 2 › title should be text.',
    );
    expect(reason('not an object')).toBe('The data is not in the expected shape: the data as a whole should be a group of fields.');
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
