import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { describeZodError, parseVersioned, safeParseExplained } from './versioned';
import { REFUSED_WITH_REASON, VALID } from './versioned-cases';

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

const valid = VALID;

describe('describeZodError on zod/mini schemas, with no zod locale loaded', () => {
  it('says the same plain English as with full zod', () => {
    for (const [value, expected] of REFUSED_WITH_REASON) expect(reason(value)).toBe(expected);
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
