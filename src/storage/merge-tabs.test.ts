import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idsIn, mergeOtherTabsWork, nextUpdatedAt } from './merge-tabs';
import { EMPTY_PERSISTED_STATE, type PersistedState, type StoredDocument } from './store-schema';

const doc = (id: string, updatedAt: string, data: unknown = { text: id }): StoredDocument => ({
  id,
  worksheetId: 'pestle',
  name: `Doc ${id}`,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt,
  schemaVersion: 1,
  data,
  summary: { met: 0, total: 8 },
});

const state = (documents: StoredDocument[], extra: Partial<PersistedState> = {}): PersistedState => ({
  ...EMPTY_PERSISTED_STATE,
  documents,
  ...extra,
});

const T1 = '2026-11-23T10:00:00.000Z';
const T2 = '2026-11-23T10:00:05.000Z';

describe('mergeOtherTabsWork', () => {
  it('keeps the newer edit of a document both tabs hold', () => {
    const mine = state([doc('a', T2, 'mine'), doc('b', T1, 'mine')]);
    const stored = state([doc('a', T1, 'theirs'), doc('b', T2, 'theirs')]);
    const merged = mergeOtherTabsWork(mine, stored, idsIn(stored));
    expect(merged.documents.map((d) => d.data)).toEqual(['mine', 'theirs']);
  });

  it('keeps a document another tab added since this tab last synced', () => {
    const base = state([doc('a', T1)]);
    const mine = state([doc('a', T2, 'edited here')]);
    const stored = state([doc('a', T1), doc('new', T2, 'added there')]);
    const merged = mergeOtherTabsWork(mine, stored, idsIn(base));
    expect(merged.documents.map((d) => d.id)).toEqual(['a', 'new']);
    expect(merged.documents[0]?.data).toBe('edited here');
  });

  it('keeps a deletion made in this tab', () => {
    const base = state([doc('a', T1), doc('gone', T1)]);
    const mine = state([doc('a', T2)]);
    const merged = mergeOtherTabsWork(mine, base, idsIn(base));
    expect(merged.documents.map((d) => d.id)).toEqual(['a']);
  });

  it('keeps set-aside records from both tabs and the latest backup time', () => {
    const record = (id: string) => ({ id, label: id, reason: 'damaged', raw: '{', setAsideAt: T1 });
    const mine = state([], { setAside: [record('mine')], lastBackupAt: T1 });
    const stored = state([], { setAside: [record('theirs')], lastBackupAt: T2 });
    const merged = mergeOtherTabsWork(mine, stored, new Set());
    expect(merged.setAside.map((r) => r.id)).toEqual(['mine', 'theirs']);
    expect(merged.lastBackupAt).toBe(T2);
  });

  it('never loses a document this tab holds, and never duplicates one', () => {
    const times = fc.constantFrom(T1, T2);
    const docs = fc.uniqueArray(fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e'), at: times }), { selector: (d) => d.id });
    fc.assert(
      fc.property(docs, docs, fc.subarray(['a', 'b', 'c', 'd', 'e']), (mineDocs, storedDocs, known) => {
        const mine = state(mineDocs.map((d) => doc(d.id, d.at)));
        const stored = state(storedDocs.map((d) => doc(d.id, d.at)));
        const merged = mergeOtherTabsWork(mine, stored, new Set(known));
        const ids = merged.documents.map((d) => d.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const d of mineDocs) expect(ids).toContain(d.id);
        for (const d of storedDocs) expect(ids.includes(d.id)).toBe(mineDocs.some((m) => m.id === d.id) || !known.includes(d.id));
      }),
    );
  });
});

describe('nextUpdatedAt', () => {
  it('is now when now is later, and a millisecond after the last save otherwise', () => {
    expect(nextUpdatedAt(T1, T2)).toBe(T2);
    expect(nextUpdatedAt(T2, T2)).toBe('2026-11-23T10:00:05.001Z');
    expect(nextUpdatedAt(T2, T1)).toBe('2026-11-23T10:00:05.001Z');
  });

  it('always moves forward, so saves in quick succession stay in order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 50 }), (steps) => {
        let now = Date.parse(T1);
        let stamp = '2026-11-23T09:00:00.000Z';
        for (const step of steps) {
          now += step;
          const next = nextUpdatedAt(stamp, new Date(now).toISOString());
          expect(next > stamp).toBe(true);
          stamp = next;
        }
      }),
    );
  });
});
