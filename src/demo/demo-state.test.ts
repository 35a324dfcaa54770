import { describe, expect, it } from 'vitest';
import { exampleOf, loadExportingModel } from '../lib/worksheet-definition';
import { worksheetsWithExamples } from '../worksheets/registry';
import { pestleModel } from '../worksheets/pestle/definition';
import { pestleExports } from '../worksheets/pestle/exports';
import { pestleMeta } from '../worksheets/pestle/meta';
import type { WorksheetExports, WorksheetModel } from '../lib/worksheet-definition';
import {
  DEMO_LEARNER,
  DEMO_SESSION_HOURS,
  EMPTY_DEMO_STATE,
  WORKED_EXAMPLE_NOTICE,
  demoDocumentFor,
  demoEvidence,
  isDemoSessionCurrent,
  resetDemo,
  restoreDemoState,
  startDemoSession,
  undoReset,
  withEdit,
  type DemoEdit,
  type DemoState,
} from './demo-state';
import { isDemoPath } from './demo-paths';

const model = pestleModel as WorksheetModel<unknown>;
const NOON = new Date('2026-11-23T12:00:00.000Z');
const hoursAfterNoon = (hours: number) => new Date(NOON.getTime() + hours * 3_600_000);
const started: DemoState = { startedAt: NOON.toISOString(), edits: {} };

function changedPestle(organisationName: string): DemoEdit {
  const { data } = pestleModel.createExample();
  return {
    name: 'Edited in class',
    schemaVersion: pestleModel.schemaVersion,
    data: { ...data, organisation: { ...data.organisation, name: organisationName } },
  };
}

describe('the demo session', () => {
  it('is current for the teaching day it started, and not after', () => {
    expect(isDemoSessionCurrent(NOON.toISOString(), NOON)).toBe(true);
    expect(isDemoSessionCurrent(NOON.toISOString(), hoursAfterNoon(DEMO_SESSION_HOURS - 0.01))).toBe(true);
    expect(isDemoSessionCurrent(NOON.toISOString(), hoursAfterNoon(DEMO_SESSION_HOURS))).toBe(false);
    expect(isDemoSessionCurrent(NOON.toISOString(), hoursAfterNoon(20))).toBe(false);
  });

  it('is not current when never started, unreadable or dated in the future', () => {
    expect(isDemoSessionCurrent(null, NOON)).toBe(false);
    expect(isDemoSessionCurrent('yesterday', NOON)).toBe(false);
    expect(isDemoSessionCurrent(hoursAfterNoon(2).toISOString(), NOON)).toBe(false);
  });

  it('carries on after a reload the same day, keeping its changes', () => {
    const withChange = withEdit(started, 'pestle', changedPestle('Reloaded Ltd'));
    expect(startDemoSession(withChange, hoursAfterNoon(1))).toBe(withChange);
  });

  it('keeps what was typed in a tab before its session started, and dates the session now', () => {
    const typedFirst = withEdit(EMPTY_DEMO_STATE, 'pestle', changedPestle('Typed at once Ltd'));
    expect(startDemoSession(typedFirst, hoursAfterNoon(1))).toEqual({ startedAt: hoursAfterNoon(1).toISOString(), edits: typedFirst.edits });
  });

  it('starts afresh from the pristine examples when the last one is from another day', () => {
    const withChange = withEdit(started, 'pestle', changedPestle('Yesterday Ltd'));
    const next = startDemoSession(withChange, hoursAfterNoon(20));
    expect(next).toEqual({ startedAt: hoursAfterNoon(20).toISOString(), edits: {} });
  });
});

describe('restoring the demo from session storage', () => {
  it('keeps a current session as it was', () => {
    const stored = withEdit(started, 'pestle', changedPestle('Kept Ltd'));
    expect(restoreDemoState(JSON.parse(JSON.stringify(stored)), hoursAfterNoon(1))).toEqual(stored);
  });

  it('drops a session from another day', () => {
    expect(restoreDemoState(withEdit(started, 'pestle', changedPestle('Old Ltd')), hoursAfterNoon(9))).toEqual(EMPTY_DEMO_STATE);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'hello'],
    ['the wrong shape', { startedAt: 5, edits: [] }],
    ['an over-long name', withEdit(started, 'pestle', { ...changedPestle('x'), name: 'n'.repeat(201) })],
    ['a bad schema version', withEdit(started, 'pestle', { ...changedPestle('x'), schemaVersion: -1 })],
    ['a schema version that is not a whole number', withEdit(started, 'pestle', { ...changedPestle('x'), schemaVersion: 1.5 })],
    ['a schema version over 1000', withEdit(started, 'pestle', { ...changedPestle('x'), schemaVersion: 1001 })],
    ['a worksheet id over 50 characters', withEdit(started, 'w'.repeat(51), changedPestle('x'))],
    ['an over-long start time', { startedAt: `${NOON.toISOString()}${' '.repeat(20)}`, edits: {} }],
    [
      'too many changed examples',
      { startedAt: NOON.toISOString(), edits: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`w${i}`, changedPestle('x')])) },
    ],
  ])('starts from the pristine examples when it holds %s', (_, stored) => {
    expect(restoreDemoState(stored, NOON)).toEqual(EMPTY_DEMO_STATE);
  });

  it('keeps a session at every limit: a 200-character name, version 1000, a 50-character id, 50 changed examples', () => {
    const edits = Object.fromEntries(Array.from({ length: 49 }, (_, i) => [`w${i}`, changedPestle('x')]));
    const atLimits: DemoState = {
      startedAt: NOON.toISOString(),
      edits: { ...edits, ['w'.repeat(50)]: { ...changedPestle('x'), name: 'n'.repeat(200), schemaVersion: 1000 } },
    };
    expect(restoreDemoState(JSON.parse(JSON.stringify(atLimits)), hoursAfterNoon(1))).toEqual(atLimits);
  });
});

describe('reset and undo', () => {
  it('resets every changed example at once, and undo brings them all back', () => {
    const changed = withEdit(withEdit(started, 'pestle', changedPestle('One Ltd')), 'pipeline', { name: 'P', schemaVersion: 1, data: {} });
    const { state, undo } = resetDemo(changed);
    expect(state).toEqual({ startedAt: started.startedAt, edits: {} });
    expect(undo).toEqual(changed.edits);
    expect(undoReset(state, undo!)).toEqual(changed);
  });

  it('offers no undo when nothing had changed', () => {
    expect(resetDemo(started)).toEqual({ state: started, undo: null });
  });

  it('never lets an undo overwrite an example changed since the reset', () => {
    const before = withEdit(started, 'pestle', changedPestle('Before reset'));
    const { state, undo } = resetDemo(before);
    const since = withEdit(state, 'pestle', changedPestle('After reset'));
    expect(undoReset(since, undo!).edits.pestle).toEqual(changedPestle('After reset'));
  });
});

describe('the example a tutor sees', () => {
  it('is the worksheet’s pristine worked example until it is changed', () => {
    const document = demoDocumentFor(model, undefined);
    expect(document).toEqual({ ...pestleModel.createExample(), isChanged: false, problem: null });
  });

  it('shows the change, read through the worksheet’s own schema', () => {
    const document = demoDocumentFor(model, changedPestle('Changed live Ltd'));
    expect(document.isChanged).toBe(true);
    expect(document.name).toBe('Edited in class');
    expect((document.data as { organisation: { name: string } }).organisation.name).toBe('Changed live Ltd');
  });

  it('falls back to the pristine example, saying why, when a change no longer reads', () => {
    const document = demoDocumentFor(model, { name: 'Broken', schemaVersion: 1, data: { organisation: 'not an object' } });
    expect(document.isChanged).toBe(false);
    expect(document.name).toBe(pestleModel.createExample().name);
    expect(document.problem).toMatch(/^The changes made to this example in the demo could not be read/);
  });
});

describe('the demo’s evidence PDF content', () => {
  it('names the placeholder learner and carries the worked-example notice, for every worksheet', async () => {
    for (const worksheet of worksheetsWithExamples) {
      const loaded = await loadExportingModel(worksheet);
      const { name, data } = exampleOf(loaded);
      const evidence = demoEvidence(worksheet.meta, loaded, name, data, '2026-11-23');
      expect(evidence.learner).toEqual(DEMO_LEARNER);
      expect(evidence.workedExampleNotice).toBe(WORKED_EXAMPLE_NOTICE);
      expect(evidence.documentName).toBe(name);
      expect(evidence.blocks.length).toBeGreaterThan(0);
    }
  });

  it('keeps the unit and criteria the worksheet gives', () => {
    const { name, data } = pestleModel.createExample();
    const evidence = demoEvidence(pestleMeta, { ...model, ...(pestleExports as WorksheetExports<unknown>) }, name, data, '2026-11-23');
    expect(evidence.unit).toEqual(pestleMeta.unit);
    expect(evidence.criteria).toEqual(pestleMeta.criteria);
  });
});

describe('demo paths', () => {
  it('are /demo and the pages under it only', () => {
    expect(isDemoPath('/demo')).toBe(true);
    expect(isDemoPath('/demo/pestle')).toBe(true);
    expect(isDemoPath('/')).toBe(false);
    expect(isDemoPath('/demonstration')).toBe(false);
    expect(isDemoPath('/documents/demo')).toBe(false);
  });
});
