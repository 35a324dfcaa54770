import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pestleModel } from '../worksheets/pestle/definition';
import { createPestleExample } from '../worksheets/pestle/example';
import type { WorksheetModel } from '../lib/worksheet-definition';
import { backupFileName, buildBackup, MAX_BACKUP_BYTES, MAX_BACKUP_FILE_BYTES, parseBackupText } from './backup';
import { EMPTY_LEARNER, type StoredDocument } from './store-schema';

const loadModel = (id: string) => Promise.resolve(id === 'pestle' ? (pestleModel as WorksheetModel<unknown>) : undefined);
const example = createPestleExample();
const stored: StoredDocument = {
  id: 'x',
  worksheetId: 'pestle',
  name: example.name,
  createdAt: 'a',
  updatedAt: 'b',
  schemaVersion: 1,
  data: example.data,
  summary: { met: 8, total: 8 },
};
const validBackup = () => buildBackup([stored], '2026-11-23T10:00:00Z', { ...EMPTY_LEARNER, name: 'Zoë' });

const refusal = async (value: unknown) => {
  const result = await parseBackupText(typeof value === 'string' ? value : JSON.stringify(value), loadModel);
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.reason;
};

describe('backup round trip', () => {
  it('imports exactly what was backed up, with completeness and the worked-example count recomputed', async () => {
    const result = await parseBackupText(JSON.stringify(validBackup()), loadModel);
    expect(result).toEqual({
      ok: true,
      learner: { ...EMPTY_LEARNER, name: 'Zoë' },
      documents: [{ worksheetId: 'pestle', name: example.name, schemaVersion: 1, data: example.data, summary: { met: 6, total: 6, workedExample: { unchanged: 46, total: 46 } } }],
    });
  });
});

describe('refusing bad backup files', () => {
  it('refuses text that is not JSON', async () => {
    expect(await refusal('{"format": "coursework')).toMatch(/damaged or not in the right format/);
  });
  it('refuses JSON that is not a toolkit backup', async () => {
    expect(await refusal({ hello: 'world' })).toMatch(/not a Coursework Toolkit backup/);
  });
  it('refuses a backup from a newer version', async () => {
    expect(await refusal({ ...validBackup(), formatVersion: 99 })).toMatch(/newer version/);
  });
  it('refuses a document for an unknown worksheet', async () => {
    const backup = validBackup();
    backup.documents[0]!.worksheetId = 'mystery';
    expect(await refusal(backup)).toMatch(/worksheet this toolkit does not have/);
  });
  it('refuses a document whose data is damaged, naming it', async () => {
    const backup = validBackup();
    (backup.documents[0]!.data as { internal: unknown }).internal = 'oops';
    expect(await refusal(backup)).toMatch(/Document 1 .*cannot be read/);
  });
  it('refuses prototype-pollution keys', async () => {
    const text = JSON.stringify(validBackup()).replace('"name":"Zoë"', '"name":"Zoë","__proto__":{"isAdmin":true}');
    expect(await refusal(text)).toMatch(/__proto__/);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
  it('refuses deep nesting and huge files', async () => {
    expect(await refusal('['.repeat(500) + ']'.repeat(500))).toMatch(/nested/);
    expect(await refusal(' '.repeat(MAX_BACKUP_FILE_BYTES + 1))).toMatch(/too large/);
    // Attachments may make a backup larger; its documents alone are still held to their own limit.
    const padded = JSON.stringify(validBackup()).replace('"documents":', `"documents":${' '.repeat(MAX_BACKUP_BYTES + 1)}`);
    expect(await refusal(padded)).toMatch(/its documents come to over 5 MB/);
  });
  it('never throws and either refuses with a reason or imports, whatever JSON it is given', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const result = await parseBackupText(JSON.stringify(value), loadModel);
        if (!result.ok) expect(result.reason.length).toBeGreaterThan(10);
      }),
      { numRuns: 300 },
    );
  });
});

describe('backup file names', () => {
  it('names a full backup by date and one document by its name', () => {
    expect(backupFileName('2026-11-23')).toBe('coursework-backup-2026-11-23.json');
    expect(backupFileName('2026-11-23', 'Zoë’s PESTLE!')).toBe('coursework-Zoe-s-PESTLE-2026-11-23.json');
  });
});

describe('unit progress in a full backup', () => {
  it('travels with the backup and is read back exactly', async () => {
    // A fresh example: earlier tests damage the shared one's data on purpose.
    const backup = buildBackup([{ ...stored, data: createPestleExample().data }], '2026-11-23T10:00:00Z', EMPTY_LEARNER, {
      L3B2: 'achieved',
      L3C5: 'in-progress',
    });
    const result = await parseBackupText(JSON.stringify(backup), loadModel);
    expect(result.ok && result.unitStatuses).toEqual({ L3B2: 'achieved', L3C5: 'in-progress' });
  });

  it('refuses a backup whose unit progress is not one of the known states', async () => {
    const backup = { ...validBackup(), unitStatuses: { L3B2: 'finished' } };
    expect(await refusal(backup)).toMatch(/unitStatuses › L3B2 is not one of the allowed choices/);
  });
});
