/**
 * Data saved by every earlier version, kept as fixtures, must still load with nothing dropped.
 * Each worksheet keeps `fixtures/v<N>.json` (its data as version N saved it) for every version up
 * to its current one; the store keeps `fixtures/store-v<N>.json`. Bumping a version without adding
 * the old version's fixture fails here.
 */
import { describe, expect, it } from 'vitest';
import { fixturesFolderOf } from '../lib/worksheet-definition';
import { worksheets } from '../worksheets/registry';
import { readStoredText, STORE_VERSION } from './store-schema';

const worksheetFixtures = import.meta.glob<unknown>(['../worksheets/*/fixtures/v*.json', '../worksheets/*/fixtures/*/v*.json'], { eager: true, import: 'default' });
const storeFixtures = import.meta.glob<unknown>('./fixtures/store-v*.json', { eager: true, import: 'default' });

/** Every string and number in a value: what the learner wrote and chose. */
function leaves(value: unknown): Array<string | number> {
  if (typeof value === 'string') return value === '' ? [] : [value];
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [];
}

/** True when every leaf of `before` is still somewhere in `after`, as often as it was. */
function keepsEverything(before: unknown, after: unknown): boolean {
  const remaining = new Map<string, number>();
  for (const leaf of leaves(after)) remaining.set(JSON.stringify(leaf), (remaining.get(JSON.stringify(leaf)) ?? 0) + 1);
  return leaves(before).every((leaf) => {
    const key = JSON.stringify(leaf);
    const count = remaining.get(key) ?? 0;
    remaining.set(key, count - 1);
    return count > 0;
  });
}

describe('stored data from every earlier version', () => {
  for (const worksheet of worksheets) {
    describe(worksheet.meta.title, () => {
      it('has a fixture for every version up to the current one, and each loads with nothing dropped', async () => {
        const model = await worksheet.loadModel();
        for (let version = 1; version <= model.schemaVersion; version += 1) {
          const fixture = worksheetFixtures[`../worksheets/${fixturesFolderOf(worksheet.meta)}/v${version}.json`];
          expect(fixture, `fixtures/v${version}.json for ${worksheet.meta.id}`).toBeDefined();
          const result = model.parse(structuredClone(fixture), version);
          expect(result.ok, result.ok ? '' : result.reason).toBe(true);
          if (result.ok) expect(keepsEverything(fixture, result.data)).toBe(true);
        }
      });

      it('refuses data from a future version with a plain reason', async () => {
        const model = await worksheet.loadModel();
        const result = model.parse(model.createEmpty(), model.schemaVersion + 1);
        expect(result).toEqual({ ok: false, reason: expect.stringContaining('newer version of the toolkit') });
      });
    });
  }

  it('loads the whole store as every earlier store version saved it, nothing set aside or dropped', () => {
    for (let version = 1; version <= STORE_VERSION; version += 1) {
      const fixture = storeFixtures[`./fixtures/store-v${version}.json`] as { state: { documents: unknown[]; setAside: unknown[] } };
      expect(fixture, `fixtures/store-v${version}.json`).toBeDefined();
      const { state } = readStoredText(JSON.stringify(fixture), '2026-11-23T10:00:00.000Z');
      expect(state.documents).toHaveLength(fixture.state.documents.length);
      expect(state.setAside).toHaveLength(fixture.state.setAside.length);
      expect(keepsEverything(fixture.state, state)).toBe(true);
    }
  });

  it('sets a future store version aside, kept for download, rather than reading it wrongly', () => {
    const fixture = storeFixtures['./fixtures/store-v1.json'] as object;
    const { state } = readStoredText(JSON.stringify({ ...fixture, version: STORE_VERSION + 1 }), '2026-11-23T10:00:00.000Z');
    expect(state.documents).toEqual([]);
    expect(state.setAside).toHaveLength(1);
    expect(state.setAside[0]?.raw).toContain('Brightwave');
  });
});

describe('keepsEverything', () => {
  it('notices a dropped or changed value', () => {
    expect(keepsEverything({ a: ['x', 'y'], n: 3 }, { b: ['y', 'x'], m: 3, extra: 'z' })).toBe(true);
    expect(keepsEverything({ a: ['x', 'y'] }, { a: ['x'] })).toBe(false);
    expect(keepsEverything({ a: ['x', 'x'] }, { a: ['x'] })).toBe(false);
    expect(keepsEverything({ n: 3 }, { n: 4 })).toBe(false);
  });
});
