// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO_STORAGE_KEY, type DemoEdit } from './demo-state';
import { useDemo } from './demo-store';

const edit = (name: string): DemoEdit => ({ name, schemaVersion: 1, data: { organisation: name } });
const stored = () => JSON.parse(window.sessionStorage.getItem(DEMO_STORAGE_KEY) ?? 'null') as { state: { edits: Record<string, DemoEdit> } } | null;

beforeEach(() => {
  useDemo.getState().leave();
  window.localStorage.clear();
  window.sessionStorage.clear();
  useDemo.getState().enter(new Date());
});

describe('the class demo store', () => {
  it('keeps changes in this tab’s session storage under its own key, and nothing in localStorage', () => {
    useDemo.getState().saveEdit('pestle', edit('Changed Ltd'));
    expect(stored()?.state.edits.pestle).toEqual(edit('Changed Ltd'));
    expect(window.localStorage.length).toBe(0);
  });

  it('resets every example in one step, with an undo that goes at the next change', () => {
    useDemo.getState().saveEdit('pestle', edit('One'));
    useDemo.getState().saveEdit('pipeline', edit('Two'));
    const revision = useDemo.getState().revision;

    expect(useDemo.getState().resetAll()).toBe(true);
    expect(useDemo.getState().edits).toEqual({});
    expect(stored()?.state.edits).toEqual({});
    expect(useDemo.getState().revision).toBe(revision + 1);

    useDemo.getState().undoReset();
    expect(Object.keys(useDemo.getState().edits).sort()).toEqual(['pestle', 'pipeline']);
    expect(useDemo.getState().undoEdits).toBeNull();

    useDemo.getState().resetAll();
    useDemo.getState().saveEdit('pestle', edit('Since the reset'));
    expect(useDemo.getState().undoEdits).toBeNull();
    useDemo.getState().undoReset();
    expect(useDemo.getState().edits).toEqual({ pestle: edit('Since the reset') });
  });

  it('says when a reset had nothing to reset', () => {
    expect(useDemo.getState().resetAll()).toBe(false);
    expect(useDemo.getState().undoEdits).toBeNull();
  });

  it('carries on a current session when entered again (a reload), keeping its changes', () => {
    useDemo.getState().saveEdit('pestle', edit('Kept'));
    useDemo.getState().enter(new Date());
    expect(useDemo.getState().edits).toEqual({ pestle: edit('Kept') });
  });

  it('starting a session remounts an open example only when it drops changes, so typing at once is not lost', () => {
    useDemo.getState().leave();
    let revision = useDemo.getState().revision;
    useDemo.getState().enter(new Date());
    expect(useDemo.getState().startedAt).not.toBeNull();
    expect(useDemo.getState().revision).toBe(revision);

    // Typed before the session started (the example opened before the demo bar): kept, no remount.
    useDemo.getState().leave();
    revision = useDemo.getState().revision;
    useDemo.getState().saveEdit('pestle', edit('Typed at once'));
    useDemo.getState().enter(new Date());
    expect(useDemo.getState().edits).toEqual({ pestle: edit('Typed at once') });
    expect(useDemo.getState().revision).toBe(revision);

    // A session left open in memory since yesterday: its changes go, and the open example starts again.
    useDemo.getState().enter(new Date(Date.now() + 20 * 3_600_000));
    expect(useDemo.getState().edits).toEqual({});
    expect(useDemo.getState().revision).toBe(revision + 1);
  });

  it('forgets everything and removes its session storage on leaving', () => {
    useDemo.getState().saveEdit('pestle', edit('Gone'));
    useDemo.getState().leave();
    expect(useDemo.getState().edits).toEqual({});
    expect(window.sessionStorage.getItem(DEMO_STORAGE_KEY)).toBeNull();
  });
});
