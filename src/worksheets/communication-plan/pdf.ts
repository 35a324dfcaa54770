import { formatDate, isIsoDate } from '../../lib/dates';
import type { PdfBlock } from '../../lib/evidence-types';
import { organisationRows } from '../../lib/organisation';
import { tableOr } from '../../lib/pdf-blocks';
import { orNotGiven } from '../../lib/text-list';
import { timeline, timelineSpan } from './calculations';
import { actionAudienceLabel, levelLabel } from './labels';
import { communicationPlanMeta } from './meta';
import { chosenAudience, hasText, type Audience, type CommunicationPlanData } from './model';
import { PREFERENCE_SCALES, ratingLabel, SELF_RATING_INTRO } from './self-rating';

/** "AC 3.1 Evaluate the factors …": each AC a section evidences, in the spec's words (from meta, read from the unit). */
function criteriaParagraph(codes: readonly string[]): PdfBlock {
  const lines = communicationPlanMeta.criteria.filter((c) => codes.includes(c.code)).map((c) => `AC ${c.code} ${c.text}.`);
  return { kind: 'paragraph', text: `Evidence for ${lines.join(' ')}` };
}

const dateOr = (iso: string, none: string) => (isIsoDate(iso) ? formatDate(iso) : none);

const hasAnything = (audience: Audience) =>
  [audience.name, audience.who, audience.needs, audience.channels, audience.legal, audience.organisational, audience.approach].some(hasText);

function audienceTable(audience: Audience, index: number): PdfBlock {
  return {
    kind: 'table',
    caption: `Audience ${index + 1}: ${orNotGiven(audience.name)}`,
    columns: ['Factor', 'Evaluation'],
    columnWidths: [1, 3],
    rows: [
      ['Who they are', orNotGiven(audience.who)],
      ['What they need', orNotGiven(audience.needs)],
      ['Channel preferences', orNotGiven(audience.channels)],
      ['Legal factors', orNotGiven(audience.legal)],
      ['Organisational factors', orNotGiven(audience.organisational)],
      ['How I would approach them', orNotGiven(audience.approach)],
    ],
  };
}

/** The communication plan as PDF blocks, in the order an assessor reads the evidence; each section names its AC in the spec's words. */
export function communicationPlanEvidenceBlocks(data: CommunicationPlanData): PdfBlock[] {
  const audiences = data.audiences.filter(hasAnything);
  const chosen = chosenAudience(data);
  const entries = timeline(data.activities);
  const span = timelineSpan(data.activities);
  const actions = data.actions.filter((a) => [a.action, a.measure, a.byWhen].some(hasText) || a.audience !== '');
  const barriers = data.barriers.filter((b) => [b.barrier, b.explanation, b.overcome].some(hasText));

  return [
    { kind: 'heading', text: 'The organisation' },
    { kind: 'fields', rows: organisationRows(data.organisation) },

    { kind: 'heading', text: 'Target audiences (AC 3.1)' },
    criteriaParagraph(['3.1']),
    ...(audiences.length ? audiences.map(audienceTable) : [{ kind: 'paragraph', text: 'No target audience evaluated yet.' } as const]),
    { kind: 'fields', rows: [{ label: 'How my approach differs between the audiences', value: orNotGiven(data.differences) }] },

    { kind: 'heading', text: 'Communication plan and timeline (AC 3.2)' },
    criteriaParagraph(['3.2']),
    {
      kind: 'fields',
      rows: [
        { label: 'Target audience', value: chosen ? chosen.name.trim() : 'Not chosen' },
        { label: 'What the plan is for', value: orNotGiven(data.plan.aim) },
        { label: 'Timeline', value: span ? span.sentence : 'No activity dated yet.' },
      ],
    },
    tableOr('No communication activity planned yet.', {
      caption: 'Communication activities in date order',
      columns: ['Date', 'Channel', 'Message', 'Owner', 'How success is measured'],
      columnWidths: [1.1, 1.4, 2.6, 1.3, 2],
      rows: entries.map(({ activity }) => [
        dateOr(activity.date, 'No date yet'),
        orNotGiven(activity.channel),
        orNotGiven(activity.message),
        orNotGiven(activity.owner),
        orNotGiven(activity.measure),
      ]),
    }),

    { kind: 'heading', text: 'My communication preferences (AC 3.3)' },
    criteriaParagraph(['3.3']),
    { kind: 'paragraph', text: SELF_RATING_INTRO },
    {
      kind: 'table',
      caption: 'Self-rating: which way I lean',
      columns: ['One way', 'The other way', 'My rating (1–5)', 'Which way I lean'],
      columnWidths: [2, 2, 1, 2.4],
      rows: PREFERENCE_SCALES.map((scale, index) => {
        const rating = data.preferences.ratings[index] ?? null;
        return [scale.first, scale.second, rating === null ? '–' : String(rating), ratingLabel(scale, rating)];
      }),
    },
    {
      kind: 'fields',
      rows: [
        { label: 'What my ratings show', value: orNotGiven(data.preferences.analysis) },
        { label: 'Areas to improve', value: orNotGiven(data.preferences.improvementAreas) },
      ],
    },
    tableOr('No improvement action set yet.', {
      caption: 'Actions to improve my communications with colleagues and customers',
      columns: ['Action', 'With', 'By when', 'How I will know it has worked'],
      columnWidths: [3, 1.2, 1.1, 2.5],
      rows: actions.map((a) => [orNotGiven(a.action), actionAudienceLabel(a.audience), dateOr(a.byWhen, 'Not given'), orNotGiven(a.measure)]),
    }),

    { kind: 'heading', text: 'Barriers to communication and how to overcome them (AC 2.2, 2.3)' },
    criteriaParagraph(['2.2', '2.3']),
    tableOr('No barrier explained yet.', {
      caption: 'Barriers at individual, team and organisational level',
      columns: ['Level', 'Barrier', 'How it gets in the way', 'How it could be overcome, and how well'],
      columnWidths: [1, 1.6, 2.6, 2.6],
      rows: barriers.map((b) => [levelLabel(b.level), orNotGiven(b.barrier), orNotGiven(b.explanation), orNotGiven(b.overcome)]),
    }),
  ];
}
