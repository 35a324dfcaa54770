/**
 * The achievement logs the specification asks for (seed 003 lines 526–537), as plain data: per unit,
 * each AC under its learning outcome with whether it is achieved, the location of the evidence and
 * the completion date (the assessor signs and dates each row by hand); and the qualification log of
 * every unit. Pure: the learner's claims (log-claims.ts) and unit statuses in, rows out.
 */
import { formatDate } from '../lib/dates';
import type { UnitOutline } from '../lib/spec/unit-spec';
import type { PageRange } from '../pdf/page-range';
import type { UnitStatus } from '../storage/store-shapes';
import type { EvidenceClaim } from './log-claims';
import { checkRulesOfCombination, achievedUnits, totalCredits, type QualificationCheck } from './rules-of-combination';
import { APPRENTICESHIP_UNITS, UNITS, type Unit } from './units';

/** One place the evidence for an AC is. */
export type LogLocation = {
  documentId: string;
  kind: EvidenceClaim['kind'];
  documentLabel: string;
  isComplete: boolean;
  isWorkedExample: boolean;
  completedOn: string;
  /** Its pages in a portfolio pack; undefined outside a pack, or when the document is not in it. */
  pages?: PageRange;
  /** In a pack's log: false when this document was left out of the pack. */
  isInPack?: boolean;
};

export type LogRow = {
  code: string;
  text: string;
  /** Some complete evidence of the learner's own claims this AC. */
  isAchieved: boolean;
  /** The earliest completion date of that complete evidence (yyyy-mm-dd); null while not achieved. */
  completedOn: string | null;
  locations: LogLocation[];
};

export type LogOutcome = { number: number; text: string; rows: LogRow[] };

export type UnitLog = {
  unitCode: string;
  unitTitle: string;
  outcomes: LogOutcome[];
  achieved: number;
  total: number;
  /** When the last AC was achieved, once every AC is; else null. */
  completedOn: string | null;
};

const counts = (location: LogLocation) => location.isComplete && !location.isWorkedExample && location.isInPack !== false;

/**
 * The unit's achievement log: one row per AC in the spec's order, grouped under its LO. `pagesOf`
 * (a portfolio pack) gives each document's pages in the pack, or undefined when it is not in it.
 */
export function buildUnitLog(outline: UnitOutline, claims: readonly EvidenceClaim[], pagesOf?: (documentId: string) => PageRange | undefined): UnitLog {
  const outcomes = outline.outcomes.map((outcome) => ({
    number: outcome.number,
    text: outcome.text,
    rows: outcome.criteria.map((criterion): LogRow => {
      const locations = claims
        .filter((claim) => claim.unitCode === outline.code && claim.criterionCode === criterion.code)
        .map((claim): LogLocation => {
          const pages = pagesOf?.(claim.documentId);
          return {
            documentId: claim.documentId,
            kind: claim.kind,
            documentLabel: claim.documentLabel,
            isComplete: claim.isComplete,
            isWorkedExample: claim.isWorkedExample,
            completedOn: claim.completedOn,
            ...(pagesOf ? { isInPack: pages !== undefined } : {}),
            ...(pages ? { pages } : {}),
          };
        })
        // The same document twice (a workbook choosing a document that claims the AC itself) is one location.
        .filter((location, index, all) => all.findIndex((other) => other.documentId === location.documentId && other.kind === location.kind) === index);
      const dates = locations.filter(counts).map((location) => location.completedOn).filter((date) => date !== '').sort();
      const isAchieved = locations.some(counts);
      return { code: criterion.code, text: criterion.text, isAchieved, completedOn: isAchieved ? (dates[0] ?? null) : null, locations };
    }),
  }));
  const rows = outcomes.flatMap((outcome) => outcome.rows);
  const achieved = rows.filter((row) => row.isAchieved).length;
  const lastDates = rows.map((row) => row.completedOn ?? '').sort();
  return {
    unitCode: outline.code,
    unitTitle: outline.title,
    outcomes,
    achieved,
    total: rows.length,
    completedOn: rows.length > 0 && achieved === rows.length ? (lastDates[lastDates.length - 1] ?? null) || null : null,
  };
}

const pagesInWords = (pages: PageRange) => (pages.first === pages.last ? `page ${pages.first}` : `pages ${pages.first}–${pages.last}`);

/** Where the evidence is, as the log's location column says it: "PESTLE builder: Café review, pages 7–9". */
export function locationInWords(location: LogLocation, criterionCode: string): string {
  const place = location.kind === 'workbook-answer' ? `Unit workbook (${location.documentLabel}), answer to AC ${criterionCode}` : location.documentLabel;
  const notes = [
    location.pages ? pagesInWords(location.pages) : '',
    location.isInPack === false ? 'not in this pack' : '',
    location.isWorkedExample ? 'the toolkit’s worked example, not evidence' : !location.isComplete ? 'not complete yet' : '',
  ].filter(Boolean);
  return notes.length ? `${place}, ${notes.join('; ')}` : place;
}

/** "Yes, 3 March 2026" or "Not yet". */
export const achievedInWords = (row: Pick<LogRow, 'isAchieved' | 'completedOn'>) => (row.isAchieved ? 'Yes' : 'Not yet');

export const dateInWords = (iso: string | null) => (iso ? formatDate(iso) : '');

// ---------------------------------------------------------------------------------------------
// The qualification log
// ---------------------------------------------------------------------------------------------

export type QualificationLogRow = {
  unit: Unit;
  status: UnitStatus | null;
  /** From the unit's log: how many of its AC have complete evidence. */
  achieved: number;
  total: number;
  completedOn: string | null;
  /** What the assessor reads beside the unit: achieved, in progress, or an optional unit not taken. */
  note: string;
};

export type QualificationLog = {
  rows: QualificationLogRow[];
  /** Credits of the units marked achieved. */
  achievedCredits: number;
  checks: QualificationCheck[];
};

const isApprenticeshipUnit = (code: string) => (APPRENTICESHIP_UNITS as readonly string[]).includes(code);

function unitNote(unit: Unit, status: UnitStatus | null, log: UnitLog | undefined): string {
  const evidence = log && log.total > 0 ? `${log.achieved} of ${log.total} AC with complete evidence` : '';
  const taken = status !== null || (log?.outcomes.some((outcome) => outcome.rows.some((row) => row.locations.length > 0)) ?? false);
  if (!taken) return isApprenticeshipUnit(unit.code) ? 'Not started (a unit the Apprenticeship Diploma prescribes)' : 'Optional unit not taken';
  const said = status === 'achieved' ? 'Marked achieved' : status === 'in-progress' ? 'In progress' : status === 'planned' ? 'Planned' : 'Started';
  return evidence ? `${said}; ${evidence}` : said;
}

/** Every unit of the qualification in the catalogue's order, with the learner's status and the unit's log. */
export function buildQualificationLog(unitStatuses: Readonly<Record<string, UnitStatus>>, unitLogs: readonly UnitLog[]): QualificationLog {
  const rows = UNITS.map((unit): QualificationLogRow => {
    const log = unitLogs.find((candidate) => candidate.unitCode === unit.code);
    const status = unitStatuses[unit.code] ?? null;
    return { unit, status, achieved: log?.achieved ?? 0, total: log?.total ?? 0, completedOn: log?.completedOn ?? null, note: unitNote(unit, status, log) };
  });
  const achievedCodes = Object.entries(unitStatuses)
    .filter(([, status]) => status === 'achieved')
    .map(([code]) => code);
  return { rows, achievedCredits: totalCredits(achievedUnits(achievedCodes)), checks: checkRulesOfCombination(achievedCodes) };
}

/** The declarations and the IQA's line, the words every log (page, PDF, pack) prints. */
export const LOG_WORDS = {
  unitLearnerDeclaration: 'I confirm that the evidence listed in this achievement log is my own work, that it is authentic and current, and that its location is shown against each assessment criterion.',
  unitAssessorDeclaration: 'I confirm that the learner has achieved all the assessment criteria of this unit, and that the evidence is attached and mapped to each of them in this log.',
  qualificationAssessorDeclaration: 'I confirm that I am satisfied that the learner has achieved all the units necessary to complete the qualification, as recorded in this log.',
  iqaSampling: 'Internal quality assurance: sampled by the IQA (name, signature and date), or left blank when not sampled.',
} as const;
