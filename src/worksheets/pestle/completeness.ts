import { goodPracticeRule, specRule } from '../../lib/checklist';
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

/** Where the spec's rules come from: L3B2's assessor guidance for LO2 (seed 003, line 739) and its AC. */
const GUIDANCE = 'L3B2 assessor guidance, LO2: at least three internal and three external forces, and a PESTLE analysis for one organisation (your own or a case study from the centre)';

/**
 * The assessor's minimums for L3B2 2.1–2.3, each as a rule that is met or not yet, then the
 * worksheet's good practice (ratings, the internal forces' sales implications, the summary), which
 * the unit does not ask for and which never blocks "complete".
 */
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
    specRule({
      label: 'One named organisation (your own or a case study)',
      isMet: organisationMissing.length === 0,
      sections: ['organisation'],
      ...(organisationMissing.length ? { detail: `Add ${listInWords(organisationMissing)}.` } : {}),
    }, GUIDANCE),
    specRule({
      label: 'At least three internal forces described (AC 2.1)',
      isMet: internal.length >= 3,
      sections: ['internal'],
      detail: `${internal.length} described (at least 3 needed).`,
    }, GUIDANCE),
    specRule({
      label: 'At least three external forces described (AC 2.2)',
      isMet: external.length >= 3,
      sections: ['external'],
      detail: `${external.length} described (at least 3 needed).`,
    }, GUIDANCE),
    specRule({
      label: 'Factors under all six PESTLE headings (AC 2.3)',
      isMet: missingHeadings.length === 0,
      sections: ['external'],
      ...(missingHeadings.length ? { detail: `Missing: ${listInWords(missingHeadings)}.` } : {}),
    }, 'L3B2 AC 2.3: conduct a PESTLE analysis for an organisation (Political, Economic, Social, Technological, Legal, Environmental)'),
    specRule(
      ruleForEveryForce('Each force’s impact on the organisation described', allForces, (f) => hasText(f.impact)),
      'L3B2 AC 2.1, 2.2: describe the forces that impact on an organisation',
    ),
    specRule(
      { ...ruleForEveryForce('Each PESTLE factor says what it means for sales', data.external, (f) => hasText(f.salesImplication)), sections: ['external'] },
      'L3B2 AC 2.3 and indicative content: what a PESTLE analysis is and why it is used, here for the sales function',
    ),
    goodPracticeRule(
      ruleForEveryForce('Each force marked as an opportunity or a threat, with impact and likelihood rated', allForces, (f) => f.direction !== '' && priorityScore(f) !== null),
      'the ratings rank the forces by impact × likelihood, so the priorities are clear; L3B2 asks only that the forces are described',
    ),
    goodPracticeRule(
      { ...ruleForEveryForce('Each internal force says what it means for sales', data.internal, (f) => hasText(f.salesImplication)), sections: ['internal'] },
      'it links each internal force to the sales function; L3B2 AC 2.1 asks only that the forces are described',
    ),
    goodPracticeRule({
      label: 'A written summary of the key opportunities and threats',
      isMet: hasText(data.summary.opportunities) && hasText(data.summary.threats),
      sections: ['summary'],
      ...(hasText(data.summary.opportunities) && hasText(data.summary.threats)
        ? {}
        : { detail: 'Write both the opportunities and the threats.' }),
    }, 'it pulls the analysis together for the reader; L3B2 does not ask for a summary'),
  ];
}
