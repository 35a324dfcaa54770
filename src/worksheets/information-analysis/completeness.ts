import { goodPracticeRule, specRule } from '../../lib/checklist';
import type { ChecklistItem } from '../../lib/evidence-types';
import { isIsoDate } from '../../lib/dates';
import { listInWords } from '../../lib/text-list';
import { toolProblem } from './analysis';
import { AREA_LABELS } from './labels';
import {
  allFindings,
  AREAS,
  CRITERIA,
  hasText,
  isAssessedSource,
  isCommunicated,
  isDefinedNeed,
  isIdentifiedSource,
  isRecordedTrend,
  type Analysis,
  type Area,
  type InformationAnalysisData,
  type SalesRow,
} from './model';
import { BEST_COUNT, rankSources } from './reliability';
import { shownByOptions } from './references';

/** The assessor guidance's numbers (seed 003, L3B5, guidance from line 889; lib/spec/content/L3B5.ts). */
export const MIN_NEEDS = 3; // LO2: "at least three pieces of information"
export const MIN_SOURCES = 5; // LO2: "at least five potential sources"
export const MIN_TOOLS = 2; // LO3: "at least two tools and methods"
export const MIN_TRENDS = 6; // LO3: "At least six trends and patterns"
export const MIN_TRENDS_PER_AREA = 2; // LO3: "two related to markets, two related to customers and two related to competitors"
export const MIN_AUDIENCES = 2; // LO3: "two different target audiences at different levels"

export const SOURCES = {
  lo2: 'L3B5 assessor guidance, LO2',
  lo3: 'L3B5 assessor guidance, LO3',
} as const;

type RuleParts = { label: string; isMet: boolean; sections: string[]; detail: string; source: string; field?: string | undefined };

/** A rule of the specification, saying where it comes from; while unmet, what to do and the field that starts it. */
const rule = ({ label, isMet, sections, detail, source, field }: RuleParts): ChecklistItem =>
  specRule({ label, isMet, sections, ...(isMet ? {} : { detail, ...(field ? { field } : {}) }) }, source);

/** Whether an analysis counts as a tool used: a tool on the figures with a result, or another named, each with what it showed. */
export function isUsedTool(analysis: Analysis, rows: readonly SalesRow[]): boolean {
  if (!hasText(analysis.note) || analysis.tool === '') return false;
  if (analysis.tool === 'other') return hasText(analysis.name);
  return toolProblem(analysis.tool, analysis.by, rows) === null;
}

/** Two analyses with the same tool on the same breakdown are one tool. */
const toolKey = (a: Analysis) => (a.tool === 'other' ? `other:${a.name.trim().toLowerCase()}` : `${a.tool}:${a.tool === 'trend' ? '' : a.by}`);

/** The tools used, each once. */
export const usedTools = (data: Pick<InformationAnalysisData, 'analyses' | 'figures'>) => [...new Set(data.analyses.filter((a) => isUsedTool(a, data.figures.rows)).map(toolKey))];

/** A trend counts when recorded in full and what shows it is still there. */
export function countedTrends(data: InformationAnalysisData, area: Area) {
  const shownBy = new Set(shownByOptions(data).map((o) => o.value));
  return data.trends[area].filter((t) => isRecordedTrend(t) && shownBy.has(t.shownBy));
}

/** The assessor's minimums for L3B5 LO2 and LO3, each as a rule that is met or not yet, saying where it comes from. */
export function informationAnalysisCompleteness(data: InformationAnalysisData): ChecklistItem[] {
  return [...gatheringRules(data), ...analysisRules(data), ...informationAnalysisGoodPractice(data)];
}

function gatheringRules(data: InformationAnalysisData): ChecklistItem[] {
  const defined = data.needs.filter(isDefinedNeed);
  const missingAreas = AREAS.filter((area) => !defined.some((n) => n.area === area));
  const needGap = data.needs.findIndex((n) => !isDefinedNeed(n));
  const needField = needGap >= 0 ? `needs.${needGap}.${data.needs[needGap]!.area === '' ? 'area' : !hasText(data.needs[needGap]!.what) ? 'what' : 'why'}` : undefined;

  const needIds = new Set(data.needs.map((n) => n.id));
  const isTiedSource = (s: (typeof data.sources)[number]) => isIdentifiedSource(s) && needIds.has(s.needId);
  const identified = data.sources.filter(isTiedSource);
  const sourceGap = data.sources.findIndex((s) => !isTiedSource(s));
  const gapSource = data.sources[sourceGap];
  const sourceField = gapSource && `sources.${sourceGap}.${!hasText(gapSource.name) ? 'name' : gapSource.kind === '' ? 'kind' : !needIds.has(gapSource.needId) ? 'needId' : 'provides'}`;

  const assessed = identified.filter(isAssessedSource);
  const unassessed = data.sources.findIndex((s) => hasText(s.name) && !isAssessedSource(s));
  const unassessedSource = data.sources[unassessed];
  const criterion = unassessedSource && CRITERIA.find((c) => unassessedSource.scores[c].score === '' || !hasText(unassessedSource.scores[c].reason));
  const scoreField = unassessedSource && criterion ? `sources.${unassessed}.scores.${criterion}.${unassessedSource.scores[criterion].score === '' ? 'score' : 'reason'}` : undefined;
  const ranked = rankSources(data.sources.filter((s) => isTiedSource(s) && isAssessedSource(s)));
  const best = ranked.filter((r) => r.isChosen).map((r) => r.source.id);

  const findings = allFindings(data).filter(({ finding }) => hasText(finding.finding));
  const areasFound = AREAS.filter((area) => findings.some((f) => f.area === area && best.includes(f.finding.sourceId)));
  const notFromBest = allFindings(data).filter(({ finding }) => hasText(finding.finding) && !best.includes(finding.sourceId));
  const unused = ranked.filter((r) => r.isChosen && !findings.some((f) => f.finding.sourceId === r.source.id)).map((r) => r.source.name.trim());
  const firstEmptyArea = AREAS.find((area) => !areasFound.includes(area));
  const gatheredField = notFromBest[0]
    ? `findings.${notFromBest[0].area}.${data.findings[notFromBest[0].area].indexOf(notFromBest[0].finding)}.sourceId`
    : firstEmptyArea && data.findings[firstEmptyArea].length
      ? `findings.${firstEmptyArea}.0.finding`
      : undefined;

  return [
    rule({
      label: 'The organisation whose markets, customers and competitors you analyse',
      isMet: hasText(data.organisation.name),
      sections: ['needs'],
      detail: 'Name your organisation.',
      source: `${SOURCES.lo2}: “for their organisation”`,
      field: 'organisation.name',
    }),
    rule({
      label: `At least ${MIN_NEEDS} pieces of information required for the analysis, covering markets, customers and competitors, each with why it is needed (AC 2.1)`,
      isMet: defined.length >= MIN_NEEDS && missingAreas.length === 0,
      sections: ['needs'],
      detail:
        defined.length >= MIN_NEEDS && missingAreas.length
          ? `Add a piece of information about ${listInWords(missingAreas.map((a) => AREA_LABELS[a].toLowerCase()))}.`
          : `${defined.length} of ${MIN_NEEDS} defined: each needs its area, what it is and why it is needed.`,
      source: `${SOURCES.lo2}: “define at least three pieces of information that are required for their analysis of markets, customers and competitors”`,
      field: needField,
    }),
    rule({
      label: `At least ${MIN_SOURCES} potential sources identified from your list of what you need: each named, internal or external, and what it could provide (AC 2.2)`,
      isMet: identified.length >= MIN_SOURCES,
      sections: ['sources'],
      detail: `${identified.length} of ${MIN_SOURCES} sources identified in full.`,
      source: `${SOURCES.lo2}: “use their definition of requirements to identify at least five potential sources of information”`,
      field: sourceField,
    }),
    rule({
      label: `At least ${MIN_SOURCES} sources assessed for reliability, each criterion scored with a reason, and the best ${BEST_COUNT} chosen by the scores (AC 2.3)`,
      isMet: assessed.length >= MIN_SOURCES && best.length === BEST_COUNT,
      sections: ['reliability'],
      detail: `${assessed.length} of ${MIN_SOURCES} sources assessed: score each on every criterion and give the reason.`,
      source: `${SOURCES.lo2}: “These should be assessed for reliability to assess the best three sources”`,
      field: scoreField,
    }),
    rule({
      label: `Information gathered about markets, customers and competitors from your best ${BEST_COUNT} sources, in a table per area (AC 2.4)`,
      isMet: best.length === BEST_COUNT && areasFound.length === AREAS.length && notFromBest.length === 0 && unused.length === 0,
      sections: ['gathered'],
      detail:
        best.length < BEST_COUNT
          ? 'Assess your sources first: the best three are chosen from the scores.'
          : notFromBest.length
            ? `${notFromBest.length} finding${notFromBest.length === 1 ? ' is' : 's are'} not from one of your best three sources: choose which of them it came from.`
            : areasFound.length < AREAS.length
              ? `Record what you found about ${listInWords(AREAS.filter((a) => !areasFound.includes(a)).map((a) => AREA_LABELS[a].toLowerCase()))}.`
              : `Gather from each of your best three: nothing yet from ${listInWords(unused)}.`,
      source: `${SOURCES.lo2}: “gather information about markets, customers and competitors for their organisation from these three sources … documented in a structured manner”`,
      field: gatheredField,
    }),
  ];
}

function analysisRules(data: InformationAnalysisData): ChecklistItem[] {
  const tools = usedTools(data);
  const toolGap = data.analyses.findIndex((a) => !isUsedTool(a, data.figures.rows));
  const gap = data.analyses[toolGap];
  const toolField = gap && `analyses.${toolGap}.${gap.tool === '' ? 'tool' : gap.tool === 'other' && !hasText(gap.name) ? 'name' : gap.tool !== 'other' && gap.tool !== 'trend' && gap.by === '' ? 'by' : 'note'}`;
  const byArea = AREAS.map((area) => ({ area, counted: countedTrends(data, area) }));
  const total = byArea.reduce((sum, a) => sum + a.counted.length, 0);
  const short = byArea.filter((a) => a.counted.length < MIN_TRENDS_PER_AREA);
  const trendGap = AREAS.flatMap((area) => data.trends[area].map((t, i) => ({ area, t, i }))).find(({ area, t }) => !countedTrends(data, area).includes(t));
  const trendField = trendGap && `trends.${trendGap.area}.${trendGap.i}.${!hasText(trendGap.t.statement) ? 'statement' : trendGap.t.shownBy === '' || !countedTrends(data, trendGap.area).length ? 'shownBy' : 'figures'}`;
  const communicated = data.audiences.filter(isCommunicated);
  const levels = new Set(communicated.map((a) => a.level));
  const audienceGap = data.audiences.findIndex((a) => !isCommunicated(a));
  const audience = data.audiences[audienceGap];
  const audienceField = audience && `audiences.${audienceGap}.${!hasText(audience.who) ? 'who' : audience.level === '' ? 'level' : audience.format === '' ? 'format' : 'message'}`;
  return [
    rule({
      label: `At least ${MIN_TOOLS} tools and methods used to analyse the information, each with what it showed (AC 3.1)`,
      isMet: tools.length >= MIN_TOOLS,
      sections: ['analysis'],
      detail: `${tools.length} of ${MIN_TOOLS} tools used: choose a tool with a result from your figures (or name another you used) and write what it showed.`,
      source: `${SOURCES.lo3}: “use at least two tools and methods to analyse the information that they have gathered for LO2”`,
      field: toolField,
    }),
    rule({
      label: `At least ${MIN_TRENDS} trends and patterns identified, each linked to the analysis or finding and the figures that show it (AC 3.2)`,
      isMet: total >= MIN_TRENDS,
      sections: ['trends'],
      detail: `${total} of ${MIN_TRENDS} recorded in full: each needs what it is, what shows it and the figures.`,
      source: `${SOURCES.lo3}: “At least six trends and patterns should be identified”`,
      field: trendField,
    }),
    rule({
      label: `${MIN_TRENDS_PER_AREA} trends or patterns related to markets, ${MIN_TRENDS_PER_AREA} to customers and ${MIN_TRENDS_PER_AREA} to competitors (AC 3.2)`,
      isMet: short.length === 0,
      sections: ['trends'],
      detail: `Still needed: ${listInWords(short.map((a) => `${MIN_TRENDS_PER_AREA - a.counted.length} about ${AREA_LABELS[a.area].toLowerCase()}`))}.`,
      source: `${SOURCES.lo3}: “two related to markets, two related to customers and two related to competitors”`,
      field: trendField,
    }),
    rule({
      label: `Your findings communicated to ${MIN_AUDIENCES} target audiences at different levels, with what you sent or said (AC 3.3)`,
      isMet: communicated.length >= MIN_AUDIENCES && levels.size >= MIN_AUDIENCES,
      sections: ['communication'],
      detail:
        communicated.length >= MIN_AUDIENCES
          ? 'Your audiences are at the same level: choose two at different levels (e.g. your manager and your peers).'
          : `${communicated.length} of ${MIN_AUDIENCES} audiences done: each needs who, their level, the format and the message itself.`,
      source: `${SOURCES.lo3}: “communicate their findings to two different target audiences at different levels”`,
      field: audienceField,
    }),
  ];
}

/** Good practice beyond the specification's minimums (isGoodPractice): shown as advice, never counted towards "complete". Each says why it helps. */
export function informationAnalysisGoodPractice(data: InformationAnalysisData): ChecklistItem[] {
  const named = data.sources.filter((s) => hasText(s.name));
  const kinds = new Set(named.map((s) => s.kind));
  const findings = allFindings(data).filter(({ finding }) => hasText(finding.finding));
  const communicated = data.audiences.filter(isCommunicated);
  const gp = (label: string, isMet: boolean, section: string, why: string, detail = why): ChecklistItem =>
    goodPracticeRule({ label, isMet, sections: [section], ...(isMet ? {} : { detail }) }, why);
  return [
    gp('What the analysis is for', hasText(data.purpose), 'needs', 'The unit: organisations need information “to understand and guide sales strategy”; saying what it is for keeps the search focused.'),
    gp('Internal and external sources both on your list', kinds.has('internal') && kinds.has('external'), 'sources', 'LO1 asks how to access “internal and external sales related information”: each shows what the other cannot.'),
    gp('The benefits and risks of each source', named.length > 0 && named.every((s) => hasText(s.benefitsRisks)), 'sources', 'The unit asks “how to identify the benefits and risks of using each source”.'),
    gp('Each finding dated', findings.length > 0 && findings.every(({ finding }) => isIsoDate(finding.date)), 'gathered', 'The date shows how current the information is (LO1: “accuracy and currency”).'),
    gp('Your own sales figures imported to analyse', data.figures.rows.length > 0, 'figures', 'The unit: information helps you understand “the volume, mix and value of products/services they sell”.'),
    gp('Where the figures come from and how you checked them', data.figures.rows.length > 0 && hasText(data.figures.about), 'figures', 'The unit asks for “data veracity”: “where the data has been collected from, how it was collected”.'),
    gp('How each message was shaped for its audience', communicated.length > 0 && communicated.every((a) => hasText(a.shaping)), 'communication', 'The unit asks you to “identify the target audience level … and communicate it effectively to meet their needs”.'),
    gp('The value of your findings against the sales strategy', hasText(data.strategy), 'communication', 'The unit asks “how to assess the value of the information against the sales strategy”.'),
  ];
}
