import { describe, expect, it } from 'vitest';
import { EMPTY_LEARNER, readStoredText, restoreState, STORE_VERSION, type StoredDocument } from './store-schema';
import { needsBackupReminder } from './backup-reminder';

const NOW = '2026-11-23T10:00:00.000Z';
const doc = (id: string, name = 'My PESTLE'): StoredDocument => ({
  id,
  worksheetId: 'pestle',
  name,
  createdAt: NOW,
  updatedAt: NOW,
  schemaVersion: 1,
  data: { anything: true },
  summary: { met: 2, total: 8 },
});

describe('reading stored state', () => {
  it('restores a valid version-1 store exactly (fixture of version 1)', () => {
    const stored = {
      documents: [doc('a'), doc('b', 'Second')],
      learner: { ...EMPTY_LEARNER, name: 'Łukasz Nowak' },
      lastBackupAt: NOW,
      lastChangeAt: NOW,
      hasSeededExample: true,
      setAside: [],
    };
    const { state, version } = readStoredText(JSON.stringify({ state: stored, version: 1 }), NOW);
    expect(version).toBe(STORE_VERSION);
    // Saved before unit progress existed: it comes back with none marked, everything else exact.
    expect(state).toEqual({ ...stored, unitStatuses: {} });
  });

  it('sets aside text that is not JSON (a partly written save) instead of dropping it', () => {
    const raw = '{"state":{"documents":[{"id":"a"';
    const { state } = readStoredText(raw, NOW);
    expect(state.documents).toEqual([]);
    expect(state.setAside).toHaveLength(1);
    expect(state.setAside[0]!.raw).toBe(raw);
    expect(state.setAside[0]!.reason).toMatch(/damaged/);
  });

  it('keeps the good documents and sets aside a damaged one with its raw data', () => {
    const damaged = { ...doc('b', 'Broken one'), summary: 'nope' };
    const state = restoreState({ documents: [doc('a'), damaged] }, 1, NOW);
    expect(state.documents.map((d) => d.id)).toEqual(['a']);
    expect(state.setAside).toHaveLength(1);
    expect(state.setAside[0]!.label).toContain('Broken one');
    expect(JSON.parse(state.setAside[0]!.raw)).toEqual(damaged);
  });

  it('sets aside a duplicated id rather than losing either copy', () => {
    const state = restoreState({ documents: [doc('a'), doc('a', 'Twin')] }, 1, NOW);
    expect(state.documents).toHaveLength(1);
    expect(state.setAside[0]!.raw).toContain('Twin');
  });

  it('sets aside a whole store saved by a newer version', () => {
    const stored = { documents: [doc('a')] };
    const state = restoreState(stored, STORE_VERSION + 1, NOW);
    expect(state.documents).toEqual([]);
    expect(JSON.parse(state.setAside[0]!.raw)).toEqual(stored);
    expect(state.setAside[0]!.reason).toMatch(/newer/);
  });

  it('falls back to empty learner details when they are damaged, keeping the damaged copy', () => {
    const state = restoreState({ learner: { name: 42 } }, 1, NOW);
    expect(state.learner).toEqual(EMPTY_LEARNER);
    expect(state.setAside[0]!.label).toBe('Your learner details');
  });

  it('treats a non-object as an empty store', () => {
    expect(restoreState('hello', 1, NOW).documents).toEqual([]);
    expect(readStoredText('null', NOW).state.documents).toEqual([]);
  });
});

describe('unit progress in storage', () => {
  it('keeps valid statuses and sets damaged ones aside for download', () => {
    const good = readStoredText(JSON.stringify({ state: { unitStatuses: { L3B2: 'achieved' } }, version: 1 }), NOW).state;
    expect(good.unitStatuses).toEqual({ L3B2: 'achieved' });
    const bad = readStoredText(JSON.stringify({ state: { unitStatuses: { L3B2: 'done!' } }, version: 1 }), NOW).state;
    expect(bad.unitStatuses).toEqual({});
    expect(bad.setAside).toEqual([expect.objectContaining({ label: 'Your unit progress', raw: '{"L3B2":"done!"}' })]);
  });
});

describe('backup reminder', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  it('reminds when work changed and there has never been a backup', () => {
    expect(needsBackupReminder('2026-11-23T11:00:00Z', null, now)).toBe(true);
  });
  it('does not remind when nothing has changed', () => {
    expect(needsBackupReminder(null, null, now)).toBe(false);
  });
  it('does not nag within a day of the last backup', () => {
    expect(needsBackupReminder('2026-11-23T11:30:00Z', '2026-11-23T11:00:00Z', now)).toBe(false);
  });
  it('reminds when work changed since a backup over a day old', () => {
    expect(needsBackupReminder('2026-11-23T11:30:00Z', '2026-11-21T11:00:00Z', now)).toBe(true);
  });
  it('does not remind when the backup is newer than the last change', () => {
    expect(needsBackupReminder('2026-11-20T11:30:00Z', '2026-11-21T11:00:00Z', now)).toBe(false);
  });
});
