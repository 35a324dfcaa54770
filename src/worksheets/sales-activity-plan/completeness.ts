import { goodPracticeRule, specRule } from '../../lib/checklist';
import type { ChecklistItem } from '../../lib/evidence-types';
import { isIsoDate } from '../../lib/dates';
import { listInWords } from '../../lib/text-list';
import {
  availability,
  budget,
  budgetToTarget,
  indicatorProgress,
  isPlannedActivity,
  isUsablePeriod,
  outsidePeriodProblem,
  overPlannedWeeks,
  periodProblem,
  rankAccounts,
  readActivityHours,
  readMoney,
  readProbability,
  readQuantity,
  readTarget,
  weeklyLoad,
} from './calculations';
import { COST_KINDS, hasText, isAnalysedIssue, isRecordedConsultation, isStartedActivity, type Account, type Indicator, type SalesActivityPlanData } from './model';

/** The assessor guidance's numbers (seed 003, L3C4, guidance from line 1348). */
export const MIN_COLLEAGUES = 1; // LO2: "consult with at least one colleague when finalising their plans"
export const MIN_ISSUES = 2; // LO3: "analyse at least two potential issues"

export const SOURCES = {
  lo2: 'L3C4 assessor guidance, LO2',
  lo3: 'L3C4 assessor guidance, LO3',
  lo2Title: 'L3C4 LO2, “Be able to plan sales activities to manage personal sales targets”',
  content2: 'L3C4 indicative content, LO2',
  ac31: 'L3C4 AC 3.1, “Use agreed indicators to monitor the success of sales activity planning”',
} as const;

type RuleParts = { label: string; isMet: boolean; sections: string[]; detail: string; source: string; field?: string };

/** A rule of the specification, saying where it comes from; while unmet, what to do and the field that starts it. */
const rule = ({ label, isMet, sections, detail, source, field }: RuleParts): ChecklistItem =>
  specRule({ label, isMet, sections, ...(isMet ? {} : { detail, ...(field ? { field } : {}) }) }, source);

/** The first field of an account still to fill, as the form names it. */
function accountGap(account: Account, index: number): string | undefined {
  const at = (name: string) => `accounts.${index}.${name}`;
  if (!hasText(account.name)) return at('name');
  if (account.kind === '') return at('kind');
  if (!readMoney(account.value, '').ok) return at('value');
  if (!readProbability(account.probability).ok) return at('probability');
  return undefined;
}

const isStartedAccount = (a: Account) => hasText(a.name) || hasText(a.value) || hasText(a.probability) || a.kind !== '';

/** The first field of an indicator still to fill. */
function indicatorGap(indicator: Indicator, index: number): string | undefined {
  const at = (name: string) => `indicators.${index}.${name}`;
  if (!hasText(indicator.name)) return at('name');
  if (!readTarget(indicator.target).ok) return at('target');
  if (!hasText(indicator.agreedWith)) return at('agreedWith');
  return undefined;
}

const isStatedIndicator = (i: Indicator) => hasText(i.name) && readTarget(i.target).ok && hasText(i.agreedWith);

/** The assessor's minimums for L3C4 LO2 and LO3, each as a rule that is met or not yet, saying where it comes from. */
export function salesActivityPlanCompleteness(data: SalesActivityPlanData): ChecklistItem[] {
  return [...planRules(data), ...resourceRules(data), ...monitoringRules(data), ...salesActivityPlanGoodPractice(data)];
}

function planRules(data: SalesActivityPlanData): ChecklistItem[] {
  const period = periodProblem(data.start, data.end);
  const started = data.accounts.map((a, i) => ({ a, i })).filter(({ a }) => isStartedAccount(a));
  const accountGaps = started.map(({ a, i }) => accountGap(a, i)).filter((g): g is string => g !== undefined);
  const activities = data.activities.map((a, i) => ({ a, i })).filter(({ a }) => isStartedActivity(a));
  const unplanned = activities.filter(({ a }) => !isPlannedActivity(a, data));
  const planned = activities.length - unplanned.length;
  const firstUnplanned = unplanned[0];
  return [
    rule({
      label: 'Your organisation and the personal sales target this plan is to achieve',
      isMet: hasText(data.organisation) && hasText(data.target),
      sections: ['plan'],
      detail: hasText(data.organisation) ? 'Write the personal sales target the activities are planned to meet.' : 'Name your organisation.',
      source: SOURCES.lo2Title,
      field: hasText(data.organisation) ? 'target' : 'organisation',
    }),
    rule({
      label: 'The plan dated over at least a one-month period (AC 2.1)',
      isMet: isUsablePeriod(data.start, data.end),
      sections: ['plan'],
      detail: period ?? 'Give the first and last day of the plan: at least a month.',
      source: `${SOURCES.lo2}: “over at least a one-month period”`,
      field: isIsoDate(data.start) ? 'end' : 'start',
    }),
    rule({
      label: 'A prioritised list of customers and prospects, each with its potential value and probability of a sale (AC 2.1)',
      isMet: rankAccounts(data.accounts).length > 0 && accountGaps.length === 0,
      sections: ['customers'],
      detail: started.length === 0 ? 'Add the customers and prospects you will work on, with their value and how likely a sale is.' : `${accountGaps.length} on the list still need a name, customer or prospect, a value and a probability.`,
      source: `${SOURCES.content2}: “according to their potential value and probability of a sale”`,
      field: started.length === 0 ? 'accounts.0.name' : accountGaps[0],
    }),
    rule({
      label: 'Activities planned for the period, each dated and tied to a customer or prospect on your list, with the contact method, what you want to achieve and the hours (AC 2.1)',
      isMet: planned > 0 && unplanned.length === 0,
      sections: ['activities'],
      detail:
        planned + unplanned.length === 0
          ? 'Plan your first activity.'
          : `${unplanned.length} activit${unplanned.length === 1 ? 'y needs' : 'ies need'} a date inside the period, a customer or prospect from your list, a method, an objective and the hours.`,
      source: `${SOURCES.lo2}: “clear links between activities and their prioritised customer and prospects lists”`,
      ...(firstUnplanned ? { field: activityGap(data, firstUnplanned.i) } : planned === 0 ? { field: 'activities.0.date' } : {}),
    }),
  ];
}

/** The first field of activity `index` still to fill or fix. */
function activityGap(data: SalesActivityPlanData, index: number): string {
  const a = data.activities[index]!;
  const at = (name: string) => `activities.${index}.${name}`;
  if (!isIsoDate(a.date) || outsidePeriodProblem(a.date, data.start, data.end)) return at('date');
  if (!data.accounts.some((acc) => acc.id === a.accountId && hasText(acc.name))) return at('accountId');
  if (a.method === '') return at('method');
  if (!hasText(a.objective)) return at('objective');
  return at('hours');
}

function resourceRules(data: SalesActivityPlanData): ChecklistItem[] {
  const hours = availability(data);
  const activities = data.activities.filter(isStartedActivity);
  const unreadHours = data.activities.findIndex((a) => isStartedActivity(a) && !readActivityHours(a.hours).ok);
  const started = data.costs.map((c, i) => ({ c, i })).filter(({ c }) => hasText(c.what) || hasText(c.unitCost));
  const costGap = started.find(({ c }) => c.kind === '' || !hasText(c.what) || !readQuantity(c.quantity).ok || !readMoney(c.unitCost, '').ok);
  const costField = costGap && (costGap.c.kind === '' ? 'kind' : !hasText(costGap.c.what) ? 'what' : !readQuantity(costGap.c.quantity).ok ? 'quantity' : 'unitCost');
  const consulted = data.colleagues.filter((c) => isRecordedConsultation(c) && !consultationLate(c.date, data.end));
  const firstColleague = data.colleagues[0];
  const colleagueField = firstColleague ? (['name', 'role', 'date', 'feedback', 'change'] as const).find((k) => !hasText(firstColleague[k])) : undefined;
  return [
    rule({
      label: 'The hours your activities need, estimated against the hours you have for them (AC 2.2)',
      isMet: hours.available !== null && activities.length > 0 && unreadHours < 0,
      sections: ['resources'],
      detail: hours.problem ?? (hours.weekly === null ? 'Enter the hours you work in a normal week.' : 'Give each planned activity its hours.'),
      source: `${SOURCES.lo2}: “an estimate of resources and budget required to complete the activities”`,
      field: hours.weekly === null || hours.problem ? 'weeklyHours' : unreadHours >= 0 ? `activities.${unreadHours}.hours` : undefined,
    }),
    rule({
      label: 'A budget for the activities: each cost with its kind, what it is for, how many and the cost of one, totalled with the working (AC 2.2)',
      isMet: started.length > 0 && costGap === undefined,
      sections: ['resources'],
      detail: started.length === 0 ? 'Add the costs your activities need (travel, samples, events, materials …).' : 'Each cost needs its kind, what it is for, how many and the cost of one as numbers.',
      source: `${SOURCES.lo2}: “an estimate of resources and budget required”`,
      field: costGap ? `costs.${costGap.i}.${costField}` : 'costs.0.what',
    }),
    rule({
      label: `At least ${MIN_COLLEAGUES} colleague consulted when finalising the plan: who, their role, when, what they said and what you changed (AC 2.3)`,
      isMet: consulted.length >= MIN_COLLEAGUES,
      sections: ['consultation'],
      detail: 'Record the colleague (your line manager or one in your team), the date, their feedback and what changed in your plan.',
      source: `${SOURCES.lo2}: “consult with at least one colleague when finalising their plans”`,
      ...(consulted.length === 0 && colleagueField ? { field: `colleagues.0.${colleagueField}` } : {}),
    }),
  ];
}

/** A consultation dated after the plan ended cannot have been "when finalising". */
export const consultationLate = (date: string, end: string) => isIsoDate(date) && isIsoDate(end) && date > end;

function monitoringRules(data: SalesActivityPlanData): ChecklistItem[] {
  const started = data.indicators.map((ind, i) => ({ ind, i })).filter(({ ind }) => hasText(ind.name) || hasText(ind.target));
  const gaps = started.map(({ ind, i }) => indicatorGap(ind, i)).filter((g): g is string => g !== undefined);
  const stated = started.filter(({ ind }) => isStatedIndicator(ind));
  const unlogged = stated.filter(({ ind }) => {
    const p = indicatorProgress(ind);
    return p.logged === 0 || p.unreadable > 0;
  });
  const issues = data.issues.filter(isAnalysedIssue);
  const issueGap = data.issues.findIndex((i) => !isAnalysedIssue(i));
  const issueField = issueGap >= 0 ? (['issue', 'likelihood', 'effect', 'action'] as const).find((k) => !hasText(data.issues[issueGap]![k])) : undefined;
  return [
    rule({
      label: 'The indicators you use to measure the success of your planning, each with its target and who agreed it (AC 3.1)',
      isMet: stated.length > 0 && gaps.length === 0,
      sections: ['indicators'],
      detail: started.length === 0 ? 'Name an indicator (appointments booked, proposals sent, sales value …) with its target.' : 'Each indicator needs its name, a target above 0 and who agreed it.',
      source: `${SOURCES.lo3}: “state the indicators that they are using to measure the success of their planning activities”`,
      field: gaps[0] ?? 'indicators.0.name',
    }),
    rule({
      label: 'Progress logged against each indicator as the plan runs: dated figures (AC 3.1)',
      isMet: stated.length > 0 && unlogged.length === 0,
      sections: ['indicators'],
      detail: stated.length === 0 ? 'State an indicator first.' : `Log a dated figure for ${listInWords(unlogged.map(({ ind }) => ind.name.trim()), { limit: 3 })}.`,
      source: SOURCES.ac31,
    }),
    rule({
      label: `At least ${MIN_ISSUES} potential issues analysed: how likely each is, its effect on the planned activities and what you will do (AC 3.2)`,
      isMet: issues.length >= MIN_ISSUES,
      sections: ['issues'],
      detail: `${issues.length} of ${MIN_ISSUES} issues analysed in full.`,
      source: `${SOURCES.lo3}: “analyse at least two potential issues that may affect the achievement of planned activities”`,
      ...(issueField ? { field: `issues.${issueGap}.${issueField}` } : {}),
    }),
    rule({
      label: 'Your sales planning evaluated against your organisation’s requirements (AC 3.3)',
      isMet: hasText(data.requirements) && hasText(data.evaluation),
      sections: ['evaluation'],
      detail: hasText(data.requirements) ? 'Write how effective your planning was, against those requirements.' : 'Write what your organisation requires of sales planning, monitoring and reporting.',
      source: `${SOURCES.lo3}: “evaluate their personal sales planning in the context of their own organisation's requirements”`,
      field: hasText(data.requirements) ? 'evaluation' : 'requirements',
    }),
  ];
}

/** Good practice beyond the specification's minimums (isGoodPractice): shown as advice, never counted towards "complete". Each says why it helps. */
export function salesActivityPlanGoodPractice(data: SalesActivityPlanData): ChecklistItem[] {
  const planned = data.activities.filter((a) => isPlannedActivity(a, data));
  const plannedAccounts = new Set(planned.map((a) => a.accountId));
  const kinds = new Set(data.accounts.filter((a) => hasText(a.name)).map((a) => a.kind));
  const loads = weeklyLoad(data);
  const emptyWeeks = loads.filter((l) => l.planned === 0).map((l) => l.week.label);
  const over = overPlannedWeeks(loads);
  const ranked = rankAccounts(data.accounts);
  const top = ranked.filter((r) => r.rank <= 3);
  const gp = (label: string, isMet: boolean, section: string, why: string, detail = why): ChecklistItem =>
    goodPracticeRule({ label: label.charAt(0).toUpperCase() + label.slice(1), isMet, sections: [section], ...(isMet ? {} : { detail }) }, why);
  return [
    gp('existing customers and prospects both on your list', kinds.has('customer') && kinds.has('prospect'), 'customers', 'Keeping existing customers while winning new ones balances the month.'),
    gp('your top-ranked customers and prospects each have an activity planned', top.length > 0 && top.every((r) => plannedAccounts.has(r.account.id)), 'activities', 'The ranking is there to say where your time goes first.'),
    gp('an activity planned in every week of the plan', loads.length > 0 && emptyWeeks.length === 0, 'activities', 'a month of planning keeps every week working towards the target', emptyWeeks.length ? `Nothing planned in ${listInWords(emptyWeeks, { limit: 3 })}.` : 'Date the plan first.'),
    gp('what became of each activity logged as the month runs', planned.length > 0 && planned.every((a) => a.outcome !== ''), 'activities', 'Logging done, moved or cancelled gives the chart of planned against done.'),
    gp('other obligations blocked out of your week (meetings, admin, training …)', data.obligations.some((o) => hasText(o.what) && hasText(o.hoursPerWeek)), 'resources', 'Hours for other obligations are the first thing a plan forgets (LO1 AC 1.3).'),
    gp('no week planned beyond the hours you have', loads.length > 0 && availability(data).available !== null && over.length === 0, 'resources', 'a week planned beyond your hours will slip', over.length ? `Over-planned: ${listInWords(over, { limit: 3 })}.` : 'Enter your hours first.'),
    gp('the budget set against the value of your target', budgetToTarget(budget(data.costs, COST_KINDS).total, data.targetValue) !== null, 'resources', 'A budget/target ratio is one of the unit’s measures of success.'),
    gp('the colleague consulted before the plan started', data.colleagues.some((c) => isRecordedConsultation(c) && isIsoDate(data.start) && c.date <= data.start), 'consultation', 'Consulting while you finalise lets the plan change before it runs.'),
    gp('how each indicator is recorded and reported', data.indicators.filter(isStatedIndicator).length > 0 && data.indicators.filter(isStatedIndicator).every((i) => hasText(i.recordedBy)), 'indicators', 'The unit names “recording and reporting mechanisms”.'),
    gp('what you will do if the plan goes off track', hasText(data.offTrack), 'evaluation', 'The unit asks what is done “if plan off track”.'),
  ];
}

