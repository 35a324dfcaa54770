import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { describeZodError, parseVersioned, safeParseExplained } from './versioned';

// Only zod/mini is loaded in this file, as on a worksheet's page: zod's English locale is not, so
// zod's own messages are all "Invalid input" and the plain-English reasons must not depend on them.
const Schema = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(5)),
  count: z.number().check(z.int(), z.minimum(1), z.maximum(10)),
  kind: z.enum(['own', 'case-study']),
  tags: z.array(z.string()).check(z.maxLength(2)),
  format: z.literal('backup'),
  nested: z.object({ items: z.array(z.object({ title: z.string() })) }),
});

const reason = (value: unknown) => {
  const result = safeParseExplained(Schema, value);
  if (result.success) throw new Error('expected a failure');
  return describeZodError(result.error);
};

const valid = { name: 'Zoë', count: 3, kind: 'own', tags: [], format: 'backup', nested: { items: [{ title: 'a' }] } };

describe('describeZodError on zod/mini schemas, with no zod locale loaded', () => {
  it('says the same plain English as with full zod', () => {
    expect(reason({ ...valid, name: undefined })).toBe('The data is not in the expected shape: name is missing.');
    expect(reason({ count: 3 })).toBe('The data is not in the expected shape: name is missing.');
    expect(reason({ ...valid, name: '' })).toBe('The data is not in the expected shape: name is empty.');
    expect(reason({ ...valid, name: 'far too long' })).toBe('The data is not in the expected shape: name is longer than the 5 characters allowed.');
    expect(reason({ ...valid, count: 'three' })).toBe('The data is not in the expected shape: count should be a number.');
    expect(reason({ ...valid, count: 2.5 })).toBe('The data is not in the expected shape: count should be a whole number.');
    expect(reason({ ...valid, count: 11 })).toBe('The data is not in the expected shape: count is more than the largest allowed (10).');
    expect(reason({ ...valid, kind: 'other' })).toBe('The data is not in the expected shape: kind is not one of the allowed choices (“own”, “case-study”).');
    expect(reason({ ...valid, tags: ['a', 'b', 'c'] })).toBe('The data is not in the expected shape: tags has more than the 2 items allowed.');
    expect(reason({ ...valid, format: 'other' })).toBe('The data is not in the expected shape: format should be “backup”.');
    expect(reason({ ...valid, nested: { items: [{ title: 'a' }, {}] } })).toBe('The data is not in the expected shape: nested › items › item 2 › title is missing.');
    expect(reason('not an object')).toBe('The data is not in the expected shape: the data as a whole should be a group of fields.');
  });

  it('never shows zod jargon, whatever the data', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = safeParseExplained(Schema, value);
        if (result.success) return;
        expect(describeZodError(result.error)).not.toMatch(/undefined|received|Invalid input|<=|>=|\[object Object\]/);
      }),
    );
  });

  it('refuses upgraded data with the same reason', () => {
    expect(parseVersioned(Schema, 1, {}, { ...valid, nested: undefined }, 1)).toEqual({
      ok: false,
      reason: 'The data is not in the expected shape: nested is missing.',
    });
  });
});
