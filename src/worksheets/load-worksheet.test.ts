import { describe, expect, it } from 'vitest';
import { loadWorksheet } from './load-worksheet';
import { worksheets } from './registry';

describe('loading one worksheet by its id', () => {
  it('gives the very definition the registry lists, for every worksheet and workbook', async () => {
    for (const worksheet of worksheets) expect(await loadWorksheet(worksheet.meta.id), worksheet.meta.id).toBe(worksheet);
  });

  it('finds nothing for an id the toolkit does not have, nor for a path', async () => {
    for (const id of ['no-such-worksheet', 'workbook-L9Z9', '', '../registry', 'pestle/../pipeline']) expect(await loadWorksheet(id), id).toBeUndefined();
  });

  it('is given only worksheet definitions by every entry.ts, so none is missed or mistaken', () => {
    const entries = import.meta.glob<Record<string, unknown>>('./*/entry.ts', { eager: true });
    const exported = Object.values(entries).flatMap((module) => Object.values(module).flat());
    expect(exported.length).toBe(worksheets.length);
    expect(new Set(exported)).toEqual(new Set(worksheets));
  });
});
