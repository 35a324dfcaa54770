/**
 * Hostile and broken backup files, generated in their thousands from real backups of every
 * worksheet's worked example: each is refused with a plain reason and changes nothing, or is
 * imported exactly. Nothing throws.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { exampleOf } from '../lib/worksheet-definition';
import { loadWorksheetModel, worksheetsWithExamples as worksheets } from '../worksheets/registry';
import type { WorksheetModel } from '../lib/worksheet-definition';
import { buildBackup, MAX_BACKUP_BYTES } from './backup';
import { useDocuments } from './documents-store';
import { importBackupText } from './import-backup';
import { EMPTY_LEARNER, EMPTY_PERSISTED_STATE, STORAGE_KEY, type StoredDocument } from './store-schema';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = Array<string | number>;

const FORBIDDEN = ['__proto__', 'constructor', 'prototype'] as const;
const PLACEHOLDER_KEY = 'zzForbiddenKeyPlaceholderzz';

let validBackups: Json[] = [];
const models = new Map<string, WorksheetModel<unknown>>();

beforeAll(async () => {
  for (const worksheet of worksheets) {
    const model = await worksheet.loadModel();
    models.set(worksheet.meta.id, model);
  }
  validBackups = worksheets.map((worksheet, index) => {
    const model = models.get(worksheet.meta.id)!;
    const example = exampleOf(model);
    const document: StoredDocument = {
      id: `doc-${index}`,
      worksheetId: worksheet.meta.id,
      name: example.name,
      createdAt: '2026-11-01T09:00:00.000Z',
      updatedAt: '2026-11-02T09:00:00.000Z',
      schemaVersion: model.schemaVersion,
      data: example.data,
      summary: { met: 0, total: 0 },
    };
    return JSON.parse(JSON.stringify(buildBackup([document], '2026-11-23T10:00:00.000Z', { ...EMPTY_LEARNER, name: 'Zoë Łukasz' }))) as Json;
  });
});

/** A learner's existing work, which no refused import may touch. */
function seedExistingWork(): void {
  window.localStorage.clear();
  useDocuments.setState({ ...EMPTY_PERSISTED_STATE, hasSeededExample: true, documents: [], learner: { ...EMPTY_LEARNER, name: 'Existing Learner' } });
  useDocuments.getState().createDocument({ worksheetId: 'pestle', name: 'My own work', schemaVersion: 1, data: { kept: true }, summary: { met: 1, total: 8 } });
}

beforeEach(seedExistingWork);

const snapshot = () => ({
  stored: window.localStorage.getItem(STORAGE_KEY),
  documents: JSON.stringify(useDocuments.getState().documents),
  learner: JSON.stringify(useDocuments.getState().learner),
});

function allPaths(value: Json, path: Path = []): Path[] {
  const paths: Path[] = [path];
  if (Array.isArray(value)) value.forEach((item, index) => paths.push(...allPaths(item, [...path, index])));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) paths.push(...allPaths(item, [...path, key]));
  return paths;
}

function getAt(root: Json, path: Path): Json {
  return path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key] as Json, root);
}

function setAt(root: Json, path: Path, value: Json): Json {
  if (path.length === 0) return value;
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, Json>;
  parent[path.at(-1)!] = value;
  return root;
}

function deleteAt(root: Json, path: Path): void {
  if (path.length === 0) return;
  const parent = getAt(root, path.slice(0, -1));
  const key = path.at(-1)!;
  if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else if (parent !== null && typeof parent === 'object') delete parent[key as string];
}

const objectPaths = (root: Json) => allPaths(root).filter((p) => { const v = getAt(root, p); return v !== null && typeof v === 'object' && !Array.isArray(v); });

const nest = (value: Json, depth: number): Json => (depth === 0 ? value : depth % 2 ? [nest(value, depth - 1)] : { inner: nest(value, depth - 1) });

type Mutation =
  | { kind: 'wrongType'; pick: number; value: Json }
  | { kind: 'remove'; pick: number }
  | { kind: 'extra'; pick: number; key: string; value: Json }
  | { kind: 'forbidden'; pick: number; key: (typeof FORBIDDEN)[number] }
  | { kind: 'deep'; pick: number; depth: number }
  | { kind: 'hugeString'; pick: number; length: number }
  | { kind: 'hugeArray'; pick: number; length: number }
  | { kind: 'version'; target: 'schemaVersion' | 'formatVersion'; value: Json }
  | { kind: 'truncate'; fraction: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('wrongType' as const), pick: fc.nat(), value: fc.constantFrom<Json>(null, 0, -1, 1e308, '', 'x', true, [], {}, [1, 'a'], { a: 1 }) }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('extra' as const), pick: fc.nat(), key: fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !(FORBIDDEN as readonly string[]).includes(k)), value: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json> }),
  fc.record({ kind: fc.constant('forbidden' as const), pick: fc.nat(), key: fc.constantFrom(...FORBIDDEN) }),
  fc.record({ kind: fc.constant('deep' as const), pick: fc.nat(), depth: fc.integer({ min: 41, max: 400 }) }),
  fc.record({ kind: fc.constant('hugeString' as const), pick: fc.nat(), length: fc.integer({ min: 20_001, max: 300_000 }) }),
  fc.record({ kind: fc.constant('hugeArray' as const), pick: fc.nat(), length: fc.integer({ min: 600, max: 5_000 }) }),
  fc.record({ kind: fc.constant('version' as const), target: fc.constantFrom('schemaVersion' as const, 'formatVersion' as const), value: fc.constantFrom<Json>(0, -1, 1.5, 99, '1', null, 1e9) }),
  fc.record({ kind: fc.constant('truncate' as const), fraction: fc.double({ min: 0, max: 0.9999, noNaN: true }) }),
);

/** The file's text after the mutation, and whether it must be refused whatever the worksheet. */
function mutate(base: Json, m: Mutation): { text: string; mustRefuse: boolean } {
  const root = structuredClone(base);
  const paths = allPaths(root);
  const pick = <T,>(list: T[], n: number) => list[n % list.length]!;
  switch (m.kind) {
    case 'wrongType':
      return { text: JSON.stringify(setAt(root, pick(paths, m.pick), m.value)), mustRefuse: false };
    case 'remove':
      deleteAt(root, pick(paths, m.pick));
      return { text: JSON.stringify(root), mustRefuse: false };
    case 'extra': {
      const target = getAt(root, pick(objectPaths(root), m.pick)) as Record<string, Json>;
      target[m.key] = m.value;
      return { text: JSON.stringify(root), mustRefuse: false };
    }
    case 'forbidden': {
      const target = getAt(root, pick(objectPaths(root), m.pick)) as Record<string, Json>;
      target[PLACEHOLDER_KEY] = { polluted: true };
      return { text: JSON.stringify(root).replace(`"${PLACEHOLDER_KEY}"`, `"${m.key}"`), mustRefuse: true };
    }
    case 'deep':
      return { text: JSON.stringify(setAt(root, pick(paths, m.pick), nest('deep', m.depth))), mustRefuse: true };
    case 'hugeString':
      return { text: JSON.stringify(setAt(root, pick(paths, m.pick), 'x'.repeat(m.length))), mustRefuse: false };
    case 'hugeArray': {
      const path = pick(paths, m.pick);
      const item = getAt(root, path);
      return { text: JSON.stringify(setAt(root, path, Array.from({ length: m.length }, () => item))), mustRefuse: false };
    }
    case 'version': {
      const target = m.target === 'formatVersion' ? (root as Record<string, Json>) : ((root as { documents: Array<Record<string, Json>> }).documents[0]!);
      target[m.target] = m.value;
      return { text: JSON.stringify(root), mustRefuse: true };
    }
    case 'truncate': {
      const text = JSON.stringify(root);
      return { text: text.slice(0, Math.floor(m.fraction * text.length)), mustRefuse: true };
    }
  }
}

const isPlainReason = (reason: string) =>
  reason.length >= 15 && !/undefined|NaN|\[object Object\]|Infinity/.test(reason) && !/^\s*(Error|TypeError)/.test(reason);

describe('hostile and broken backup files', () => {
  it('has a worked example of every worksheet to start from', () => {
    expect(validBackups).toHaveLength(worksheets.length);
  });

  it('imports each worksheet’s example exactly', async () => {
    for (const [index, backup] of validBackups.entries()) {
      const before = useDocuments.getState().documents.length;
      const outcome = await importBackupText(JSON.stringify(backup), loadWorksheetModel);
      expect(outcome).toEqual({ ok: true, count: 1 });
      const imported = useDocuments.getState().documents.at(-1)!;
      expect(useDocuments.getState().documents).toHaveLength(before + 1);
      expect(imported.data).toEqual((backup as { documents: Array<{ data: unknown }> }).documents[0]!.data);
      expect(imported.worksheetId).toBe(worksheets[index]!.meta.id);
    }
  });

  it('refuses with a plain reason and changes nothing, or imports exactly, over 10,000 generated files', async () => {
    let refused = 0;
    let imported = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(), mutation, async (which, m) => {
        seedExistingWork();
        const base = validBackups[which % validBackups.length]!;
        const { text, mustRefuse } = mutate(base, m);
        const before = snapshot();
        const outcome = await importBackupText(text, loadWorksheetModel);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        if (!outcome.ok) {
          refused += 1;
          expect(isPlainReason(outcome.reason), outcome.reason).toBe(true);
          expect(snapshot()).toEqual(before);
          return;
        }
        imported += 1;
        expect(mustRefuse, `${m.kind} should have been refused`).toBe(false);
        expect(text.length).toBeLessThanOrEqual(MAX_BACKUP_BYTES);
        // A backup of learner details alone adds no documents (and never overwrites details already entered).
        if (outcome.count === 0) {
          expect(snapshot().documents).toEqual(before.documents);
          expect(snapshot().learner).toEqual(before.learner);
          return;
        }
        // Imported exactly: the new copies, backed up and restored again, come back the same.
        const added = useDocuments.getState().documents.slice(-outcome.count);
        expect(useDocuments.getState().documents).toHaveLength(1 + outcome.count);
        const again = buildBackup(added, '2026-11-23T10:00:00.000Z');
        seedExistingWork();
        expect(await importBackupText(JSON.stringify(again), loadWorksheetModel)).toEqual(outcome);
        expect(useDocuments.getState().documents.slice(-outcome.count).map((d) => d.data)).toEqual(added.map((d) => d.data));
      }),
      { numRuns: 10_000 },
    );
    // Both paths were exercised, so the property is not vacuous.
    expect(refused).toBeGreaterThan(5_000);
    expect(imported).toBeGreaterThan(100);
  }, 600_000);
});

describe('backups with supporting evidence (attachments)', () => {
  const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13];
  const base64 = (bytes: number[]) => Buffer.from(bytes).toString('base64');
  const attachment = (extra: Record<string, Json> = {}): Json => ({ document: 0, criterionCode: '2.1', caption: 'Whiteboard photo', date: '2026-11-20', fileName: 'board.png', mediaType: 'image/png', base64: base64(PNG), ...extra });
  const withAttachments = (...entries: Json[]): string => JSON.stringify({ ...(validBackups[0] as Record<string, Json>), attachments: entries });

  it.each<[string, Json]>([
    ['a program dressed as a PNG', attachment({ base64: base64([0x4d, 0x5a, 0x90, 0, 3, 0]) })],
    ['a PNG that says it is a PDF', attachment({ mediaType: 'application/pdf', fileName: 'board' })],
    ['a PNG named as a PDF', attachment({ fileName: 'board.pdf' })],
    ['a type not allowed', attachment({ mediaType: 'text/html' })],
    ['text that is not base64', attachment({ base64: '<script>alert(1)</script>' })],
    ['an attachment for a document not in the file', attachment({ document: 3 })],
    ['a negative document number', attachment({ document: -1 })],
    ['a caption with control characters', attachment({ caption: 'a\u0000b' })],
    ['an empty caption', attachment({ caption: '   ' })],
    ['a date that is not a date', attachment({ date: '2026-02-30' })],
    ['an empty file', attachment({ base64: '' })],
    ['a file over the 5 MB limit', attachment({ base64: Buffer.concat([Buffer.from(PNG), Buffer.alloc(5 * 1024 * 1024)]).toString('base64') })],
    ['a prototype key', JSON.parse('{"__proto__": {"polluted": true}, "document": 0}') as Json],
  ])('refuses %s in plain words and changes nothing', async (_what, entry) => {
    const before = snapshot();
    const outcome = await importBackupText(withAttachments(entry), loadWorksheetModel);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(isPlainReason(outcome.reason), outcome.reason).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(snapshot()).toEqual(before);
  });

  it('restores a valid attachment with its document, under the new copy’s id', async () => {
    const outcome = await importBackupText(withAttachments(attachment()), loadWorksheetModel);
    expect(outcome).toMatchObject({ ok: true, count: 1, attachments: 1 });
    const added = useDocuments.getState().documents.at(-1)!;
    const { listAttachments } = await import('../attachments/store');
    expect(await listAttachments(added.id)).toEqual([expect.objectContaining({ documentId: added.id, caption: 'Whiteboard photo', criterionCode: '2.1', size: PNG.length, mediaType: 'image/png' })]);
  });

  it('still imports a backup made before attachments existed, with none', async () => {
    const outcome = await importBackupText(JSON.stringify(validBackups[0]), loadWorksheetModel);
    expect(outcome).toEqual({ ok: true, count: 1 });
  });

  it('keeps the documents’ own 5 MB limit: only attachments may take a file past it', async () => {
    const big = { ...(validBackups[0] as Record<string, Json>), padding: 'x'.repeat(MAX_BACKUP_BYTES) };
    const outcome = await importBackupText(JSON.stringify(big), loadWorksheetModel);
    expect(outcome).toMatchObject({ ok: false, reason: expect.stringContaining('its documents come to over 5 MB') });
  });
});
