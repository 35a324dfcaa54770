import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeJson, mergeOtherTabsWork } from './merge-tabs';
import { nextUpdatedAt } from './store-state';
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

const T0 = '2026-11-23T09:59:00.000Z';
const T1 = '2026-11-23T10:00:00.000Z';
const T2 = '2026-11-23T10:00:05.000Z';

describe('mergeOtherTabsWork', () => {
  it('keeps both tabs’ typing in different fields of one document', () => {
    const blank = { organisation: { name: '', sector: '' }, notes: ['', ''] };
    const base = state([doc('a', T0, blank)]);
    const mine = state([doc('a', T1, { organisation: { name: 'Typed here', sector: '' }, notes: ['one', ''] })]);
    const theirs = state([doc('a', T2, { organisation: { name: '', sector: 'Typed there' }, notes: ['', 'two'] })]);
    const merged = mergeOtherTabsWork(base, mine, theirs);
    expect(merged.documents[0]?.data).toEqual({ organisation: { name: 'Typed here', sector: 'Typed there' }, notes: ['one', 'two'] });
    // Newer than either side, so a later merge cannot mistake it for one of them.
    expect(merged.documents[0]!.updatedAt > T2).toBe(true);
  });

  it('keeps the newer edit where both tabs changed the same field', () => {
    const base = state([doc('a', T0, { name: 'start' })]);
    const older = state([doc('a', T1, { name: 'older' })]);
    const newer = state([doc('a', T2, { name: 'newer' })]);
    expect(mergeOtherTabsWork(base, older, newer).documents[0]?.data).toEqual({ name: 'newer' });
    expect(mergeOtherTabsWork(base, newer, older).documents[0]?.data).toEqual({ name: 'newer' });
  });

  it('takes a document changed on one side only from that side', () => {
    const base = state([doc('a', T0, 'start'), doc('b', T0, 'start')]);
    const mine = state([doc('a', T1, 'mine'), doc('b', T0, 'start')]);
    const theirs = state([doc('a', T0, 'start'), doc('b', T1, 'theirs')]);
    expect(mergeOtherTabsWork(base, mine, theirs).documents.map((d) => d.data)).toEqual(['mine', 'theirs']);
  });

  it('merges items with ids that both tabs added to or edited in one list', () => {
    const item = (id: string, text: string) => ({ id, text });
    const base = state([doc('a', T0, { rows: [item('1', 'one'), item('2', 'two')] })]);
    const mine = state([doc('a', T1, { rows: [item('1', 'one, edited here'), item('2', 'two'), item('3', 'added here')] })]);
    const theirs = state([doc('a', T2, { rows: [item('1', 'one'), item('2', 'two, edited there'), item('4', 'added there')] })]);
    expect(mergeOtherTabsWork(base, mine, theirs).documents[0]?.data).toEqual({
      rows: [item('1', 'one, edited here'), item('2', 'two, edited there'), item('3', 'added here'), item('4', 'added there')],
    });
  });

  it('keeps a document another tab added, and a deletion made in this tab', () => {
    const base = state([doc('a', T0), doc('gone', T0)]);
    const mine = state([doc('a', T1, 'edited here')]);
    const theirs = state([doc('a', T0), doc('gone', T0), doc('new', T2, 'added there')]);
    const merged = mergeOtherTabsWork(base, mine, theirs);
    expect(merged.documents.map((d) => d.id)).toEqual(['a', 'new']);
    expect(merged.documents[0]?.data).toBe('edited here');
  });

  it('keeps a document deleted in another tab only if this tab changed it meanwhile', () => {
    const base = state([doc('edited', T0), doc('untouched', T0)]);
    const mine = state([doc('edited', T1, 'still typing here'), doc('untouched', T0)]);
    const merged = mergeOtherTabsWork(base, mine, state([]));
    expect(merged.documents.map((d) => d.id)).toEqual(['edited']);
  });

  it('keeps set-aside records from both tabs, the latest backup time, and both tabs’ learner details', () => {
    const record = (id: string) => ({ id, label: id, reason: 'damaged', raw: '{', setAsideAt: T1 });
    const learner = EMPTY_PERSISTED_STATE.learner;
    const base = state([], { setAside: [record('dismissed')] });
    const mine = state([], { setAside: [record('mine')], lastBackupAt: T1, learner: { ...learner, name: 'Sam' } });
    const theirs = state([], { setAside: [record('dismissed'), record('theirs')], lastBackupAt: T2, learner: { ...learner, centre: 'Leeds' } });
    const merged = mergeOtherTabsWork(base, mine, theirs);
    expect(merged.setAside.map((r) => r.id)).toEqual(['mine', 'theirs']);
    expect(merged.lastBackupAt).toBe(T2);
    expect(merged.learner).toEqual({ ...learner, name: 'Sam', centre: 'Leeds' });
  });

  it('never loses a document either tab changed, and never duplicates one', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const side = fc.uniqueArray(fc.record({ id: fc.constantFrom(...ids), at: fc.constantFrom(T0, T1, T2) }), { selector: (d) => d.id });
    fc.assert(
      fc.property(side, side, side, (baseDocs, mineDocs, theirDocs) => {
        const build = (docs: typeof baseDocs) => state(docs.map((d) => doc(d.id, d.at)));
        const merged = mergeOtherTabsWork(build(baseDocs), build(mineDocs), build(theirDocs));
        const mergedIds = merged.documents.map((d) => d.id);
        expect(new Set(mergedIds).size).toBe(mergedIds.length);
        const baseAt = new Map(baseDocs.map((d) => [d.id, d.at]));
        for (const d of [...mineDocs, ...theirDocs]) {
          if (baseAt.get(d.id) !== d.at) expect(mergedIds).toContain(d.id);
        }
      }),
    );
  });
});

describe('mergeJson', () => {
  it('keeps every change when two sides change different keys', () => {
    const keys = ['a', 'b', 'c', 'd', 'e', 'f'];
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...keys), fc.string()),
        fc.subarray(keys),
        fc.string(),
        fc.string(),
        (base, mineKeys, mineText, theirText) => {
          const theirKeys = keys.filter((k) => !mineKeys.includes(k));
          const mine = { ...base, ...Object.fromEntries(mineKeys.map((k) => [k, `${mineText}mine`])) };
          const theirs = { ...base, ...Object.fromEntries(theirKeys.map((k) => [k, `${theirText}theirs`])) };
          const merged = mergeJson(base, mine, theirs, false) as Record<string, string>;
          for (const k of mineKeys) expect(merged[k]).toBe(`${mineText}mine`);
          for (const k of theirKeys) expect(merged[k]).toBe(`${theirText}theirs`);
        },
      ),
    );
  });

  it('returns one side unchanged when the other made no change', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (base, changed) => {
        expect(mergeJson(base, base, changed, true)).toEqual(changed);
        expect(mergeJson(base, changed, base, false)).toEqual(changed);
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
