import type { StoredDocument } from './store-schema';
import { nextUpdatedAt, type PersistedState } from './store-state';

const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const hasId = (value: unknown): value is { id: string } => isPlainObject(value) && typeof value.id === 'string';
// Array.isArray narrows to any[]; this keeps the items unknown until checked.
const isList = (value: unknown): value is unknown[] => Array.isArray(value);

const sameJson = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * A three-way merge of two edits of the same JSON value made from a common starting point (`base`):
 * what only one side changed is kept, so two tabs typing in different fields of one document keep
 * both. Objects merge key by key, lists of items with ids merge item by item, and other lists of
 * the same length merge place by place. Where both sides changed the same thing differently,
 * `preferMine` decides (the newer edit, for documents).
 */
export function mergeJson(base: unknown, mine: unknown, theirs: unknown, preferMine: boolean): unknown {
  if (mine === theirs || sameJson(mine, base)) return theirs;
  if (sameJson(theirs, base) || sameJson(mine, theirs)) return mine;
  if (isPlainObject(base) && isPlainObject(mine) && isPlainObject(theirs)) {
    const merged: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
      const inMine = Object.hasOwn(mine, key);
      const inTheirs = Object.hasOwn(theirs, key);
      const inBase = Object.hasOwn(base, key);
      if (inMine && inTheirs) merged[key] = mergeJson(inBase ? base[key] : undefined, mine[key], theirs[key], preferMine);
      // A key only one side has: added there, or removed on the other side and unchanged here.
      else if (inMine && !(inBase && sameJson(base[key], mine[key]))) merged[key] = mine[key];
      else if (inTheirs && !(inBase && sameJson(base[key], theirs[key]))) merged[key] = theirs[key];
    }
    return merged;
  }
  if (isList(base) && isList(mine) && isList(theirs)) {
    if (base.every(hasId) && mine.every(hasId) && theirs.every(hasId)) return mergeById(base, mine, theirs, preferMine);
    if (base.length === mine.length && base.length === theirs.length) {
      return mine.map((item, index) => mergeJson(base[index], item, theirs[index], preferMine));
    }
  }
  return preferMine ? mine : theirs;
}

/** Merges lists of items with ids: in this side's order, then what only the other side added. */
function mergeById<T extends { id: string }>(base: T[], mine: T[], theirs: T[], preferMine: boolean): T[] {
  const baseById = new Map(base.map((item) => [item.id, item]));
  const mineById = new Map(mine.map((item) => [item.id, item]));
  const theirsById = new Map(theirs.map((item) => [item.id, item]));
  const merged: T[] = [];
  for (const item of mine) {
    const theirItem = theirsById.get(item.id);
    const baseItem = baseById.get(item.id);
    if (theirItem) merged.push(mergeJson(baseItem, item, theirItem, preferMine) as T);
    // Removed on their side: it goes unless it was changed here (keeping work is the safe way to be wrong).
    else if (!baseItem || !sameJson(baseItem, item)) merged.push(item);
  }
  for (const item of theirs) {
    if (mineById.has(item.id)) continue;
    const baseItem = baseById.get(item.id);
    if (!baseItem || !sameJson(baseItem, item)) merged.push(item);
  }
  return merged;
}

/** One document as edited in two tabs: unchanged on one side means the other side's copy. */
function mergeDocument(base: StoredDocument | undefined, mine: StoredDocument, theirs: StoredDocument): StoredDocument {
  if (sameJson(mine, theirs) || (base && sameJson(base, mine))) return theirs;
  if (base && sameJson(base, theirs)) return mine;
  const mineIsNewer = mine.updatedAt >= theirs.updatedAt;
  const newer = mineIsNewer ? mine : theirs;
  // Without a common starting point, or across a schema upgrade, the newer copy wins whole.
  if (!base || mine.schemaVersion !== theirs.schemaVersion || base.schemaVersion !== newer.schemaVersion) return newer;
  return {
    ...newer,
    // Newer than both, so a later merge never mistakes the merged copy for either side's.
    updatedAt: nextUpdatedAt(newer.updatedAt, newer.updatedAt),
    name: mergeJson(base.name, mine.name, theirs.name, mineIsNewer) as string,
    data: mergeJson(base.data, mine.data, theirs.data, mineIsNewer),
    ...mergedCompletionDate(base, mine, theirs, mineIsNewer),
  };
}

/** The completion date as both tabs left it: set or cleared in one tab while the other typed is kept. */
function mergedCompletionDate(base: StoredDocument, mine: StoredDocument, theirs: StoredDocument, mineIsNewer: boolean): { completedOn?: string } {
  const merged = mergeJson(base.completedOn ?? null, mine.completedOn ?? null, theirs.completedOn ?? null, mineIsNewer);
  return typeof merged === 'string' ? { completedOn: merged } : {};
}

/** Documents or set-aside records by id: present on one side only means added there, or removed on the other. */
function mergeRecords<T extends { id: string }>(
  base: readonly T[],
  mine: readonly T[],
  theirs: readonly T[],
  mergeBoth: (base: T | undefined, mine: T, theirs: T) => T,
  changedSince: (base: T, now: T) => boolean,
): T[] {
  const baseById = new Map(base.map((item) => [item.id, item]));
  const theirsById = new Map(theirs.map((item) => [item.id, item]));
  const mineIds = new Set(mine.map((item) => item.id));
  const kept = (item: T) => {
    const baseItem = baseById.get(item.id);
    return !baseItem || changedSince(baseItem, item);
  };
  return [
    ...mine.flatMap((item) => {
      const theirItem = theirsById.get(item.id);
      if (theirItem) return [mergeBoth(baseById.get(item.id), item, theirItem)];
      return kept(item) ? [item] : [];
    }),
    ...theirs.filter((item) => !mineIds.has(item.id) && kept(item)),
  ];
}

/**
 * Merges what another tab saved (`theirs`) into what this tab holds (`mine`), both grown from
 * `base`, the last saved state both had seen. Neither tab's work is overwritten by the other's:
 *   - a document changed on one side only is taken from that side;
 *   - a document changed on both sides is merged field by field, and where both changed the same
 *     field the newer edit wins;
 *   - a document added on either side is kept; one deleted on one side stays deleted, unless the
 *     other side changed it meanwhile (keeping work is the safe way to be wrong).
 */
export function mergeOtherTabsWork(base: PersistedState, mine: PersistedState, theirs: PersistedState): PersistedState {
  return {
    ...mine,
    documents: mergeRecords(base.documents, mine.documents, theirs.documents, mergeDocument, (b, now) => b.updatedAt !== now.updatedAt),
    setAside: mergeRecords(base.setAside, mine.setAside, theirs.setAside, (_base, record) => record, () => false),
    learner: mergeJson(base.learner, mine.learner, theirs.learner, true) as PersistedState['learner'],
    unitStatuses: mergeJson(base.unitStatuses, mine.unitStatuses, theirs.unitStatuses, true) as PersistedState['unitStatuses'],
    lastBackupAt: later(mine.lastBackupAt, theirs.lastBackupAt),
    lastChangeAt: later(mine.lastChangeAt, theirs.lastChangeAt),
    hasSeededExample: mine.hasSeededExample || theirs.hasSeededExample,
  };
}
