import { describe, expect, it } from 'vitest';
import { exampleOf } from '../lib/worksheet-definition';
import { findWorksheet, loadWorksheetModel } from '../worksheets/registry';
import { buildBackup, parseBackupText } from '../storage/backup';
import { EMPTY_LEARNER, type StoredDocument } from '../storage/store-schema';
import { readShareFile, shareFileName, shareFileText } from './share-file';
import { TEMPLATE_NOTE, templateName } from './shared-document';

async function storedExample(worksheetId: string): Promise<StoredDocument> {
  const model = await findWorksheet(worksheetId)!.loadModel();
  const { name, data } = exampleOf(model);
  return { id: 'd1', worksheetId, name, createdAt: 'a', updatedAt: 'b', schemaVersion: model.schemaVersion, data, summary: { met: 0, total: 0 } };
}

describe('share files', () => {
  it('open as a new document with the data exactly as sent', async () => {
    const stored = await storedExample('decision-matrix');
    const result = await readShareFile(shareFileText(stored, '2026-11-23T10:00:00Z'), findWorksheet);
    if (!result.ok) throw new Error(result.reason);
    expect(result.template.document.data).toEqual(stored.data);
    expect(result.template.document.name).toBe(`${stored.name}${TEMPLATE_NOTE}`);
    expect(result.template.unit.code).toBe('L3L3');
  });

  it('carry the document’s supporting evidence, checked like any backup’s', async () => {
    const stored = await storedExample('pestle');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const meta = { id: 'a1', documentId: 'd1', criterionCode: '2.1', caption: 'Whiteboard', date: '2026-11-20', fileName: 'board.png', mediaType: 'image/png' as const, size: png.length, addedAt: '' };
    const other = { ...meta, id: 'a2', documentId: 'another document' };
    const result = await readShareFile(shareFileText(stored, '2026-11-23T10:00:00Z', [{ meta, bytes: png }, { meta: other, bytes: png }]), findWorksheet);
    if (!result.ok) throw new Error(result.reason);
    expect(result.template.attachments).toEqual([{ documentIndex: 0, meta: { criterionCode: '2.1', caption: 'Whiteboard', date: '2026-11-20', fileName: 'board.png', mediaType: 'image/png', size: png.length }, bytes: png }]);
  });

  it('are backup files, so the Back up and restore page accepts them too', async () => {
    const stored = await storedExample('pestle');
    const restored = await parseBackupText(shareFileText(stored, '2026-11-23T10:00:00Z'), loadWorksheetModel);
    expect(restored.ok && restored.documents[0]!.data).toEqual(stored.data);
    expect(shareFileText(stored, 'x')).not.toContain('learner');
  });

  it('refuse a full backup of several documents, pointing to the restore page', async () => {
    const stored = await storedExample('pestle');
    const backup = buildBackup([stored, { ...stored, id: 'd2' }], 'x', { ...EMPTY_LEARNER, name: 'Zoë' });
    const result = await readShareFile(JSON.stringify(backup), findWorksheet);
    expect(result.ok === false && result.reason).toContain('Back up and restore');
  });

  it('refuse damaged files with the backup checks’ reasons', async () => {
    const result = await readShareFile('{"format":"coursework-toolkit-backup"', findWorksheet);
    expect(result.ok === false && result.reason).toContain('damaged or not in the right format');
  });

  it('are named after the document', () => {
    expect(shareFileName('2026-11-23', 'Café Zoë plan')).toBe('coursework-Cafe-Zoe-plan-template-2026-11-23.json');
    expect(shareFileName('2026-11-23', 'Brightwave', true)).toBe('coursework-Brightwave-worked-example-template-2026-11-23.json');
  });
});

describe('template names', () => {
  it('are marked once, and stay within 200 characters', () => {
    expect(templateName('Plan')).toBe('Plan (shared template)');
    expect(templateName('Plan (shared template)')).toBe('Plan (shared template)');
    expect(templateName('  ')).toBe('Untitled document (shared template)');
    const long = templateName('x'.repeat(200));
    expect(long).toHaveLength(200);
    expect(long.endsWith(TEMPLATE_NOTE)).toBe(true);
  });
});
