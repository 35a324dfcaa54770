import type { ChecklistItem } from '../../lib/evidence-types';
import { listInWords } from '../../lib/text-list';
import { priorityScore } from './calculations';
import { HEADING_LABELS, headingLabel } from './labels';
import { hasText, isDescribed, PESTLE_HEADINGS, type Force, type PestleData } from './model';


/** Names the described forces that fail a test, e.g. "Political: Tax rise". */
const failing = (forces: Force[], test: (force: Force) => boolean) =>
  forces.filter((force) => isDescribed(force) && !test(force)).map((f) => `${headingLabel(f)}: ${f.factor.trim()}`);

/** Rules about every force are met in both the internal and the external forces' sections. */
const FORCE_SECTIONS = ['internal', 'external'];

const ruleForEveryForce = (label: string, forces: Force[], test: (force: Force) => boolean): ChecklistItem => {
  const described = forces.filter(isDescribed);
  const missing = failing(forces, test);
  if (described.length === 0) return { label, isMet: false, detail: 'No forces described yet.', sections: FORCE_SECTIONS };
  return missing.length === 0
    ? { label, isMet: true, sections: FORCE_SECTIONS }
    : { label, isMet: false, detail: `Still to do for ${listInWords(missing, { limit: 5 })}.`, sections: FORCE_SECTIONS };
};

/** The assessor's minimums for L3B2 2.1–2.3, each as a rule that is met or not yet. */
export function pestleCompleteness(data: PestleData): ChecklistItem[] {
  const external = data.external.filter(isDescribed);
  const internal = data.internal.filter(isDescribed);
  const allForces = [...data.internal, ...data.external];
  const missingHeadings = PESTLE_HEADINGS.filter((h) => !external.some((f) => f.heading === h)).map(
    (h) => HEADING_LABELS[h],
  );
  const organisationMissing = [
    hasText(data.organisation.name) ? null : 'its name',
    data.organisation.kind ? null : 'whether it is your own or a case study',
  ].filter((x): x is string => x !== null);

  return [
    {
      label: 'One named organisation (your own or a case study)',
      isMet: organisationMissing.length === 0,
      sections: ['organisation'],
      ...(organisationMissing.length ? { detail: `Add ${listInWords(organisationMissing)}.` } : {}),
    },
    {
      label: 'At least three internal forces described (AC 2.1)',
      isMet: internal.length >= 3,
      sections: ['internal'],
      detail: `${internal.length} described (at least 3 needed).`,
    },
    {
      label: 'At least three external forces described (AC 2.2)',
      isMet: external.length >= 3,
      sections: ['external'],
      detail: `${external.length} described (at least 3 needed).`,
    },
    {
      label: 'Factors under all six PESTLE headings (AC 2.3)',
      isMet: missingHeadings.length === 0,
      sections: ['external'],
      ...(missingHeadings.length ? { detail: `Missing: ${listInWords(missingHeadings)}.` } : {}),
    },
    ruleForEveryForce('Each force’s impact on the organisation described', allForces, (f) => hasText(f.impact)),
    ruleForEveryForce(
      'Each force marked as an opportunity or a threat, with impact and likelihood rated',
      allForces,
      (f) => f.direction !== '' && priorityScore(f) !== null,
    ),
    ruleForEveryForce('Each force says what it means for sales', allForces, (f) => hasText(f.salesImplication)),
    {
      label: 'A written summary of the key opportunities and threats',
      isMet: hasText(data.summary.opportunities) && hasText(data.summary.threats),
      sections: ['summary'],
      ...(hasText(data.summary.opportunities) && hasText(data.summary.threats)
        ? {}
        : { detail: 'Write both the opportunities and the threats.' }),
    },
  ];
}
