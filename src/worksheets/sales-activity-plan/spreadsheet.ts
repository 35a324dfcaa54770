import type { SpreadsheetTable } from '../../lib/evidence-types';
import { spreadsheetNumber } from '../../lib/numbers';
import { accountName, budget, indicatorProgress, rankAccounts, readActivityHours, readActual, weeklyLoad } from './calculations';
import { ACCOUNT_KIND_LABELS, CONTACT_METHOD_LABELS, costKindLabel, LIKELIHOOD_LABELS, OUTCOME_LABELS } from './labels';
import { COST_KINDS, hasText, isStartedActivity, type SalesActivityPlanData } from './model';

/** The worksheet's tables for a spreadsheet, with raw numbers and yyyy-mm-dd dates. */
export function salesActivityPlanSpreadsheetTables(data: SalesActivityPlanData): SpreadsheetTable[] {
  const costs = budget(data.costs, COST_KINDS);
  const indicators = data.indicators.filter((i) => hasText(i.name) || hasText(i.target));
  return [
    {
      title: 'Customers and prospects',
      columns: ['Rank', 'Customer or prospect', 'Kind', 'Potential value (£)', 'Probability of a sale (%)', 'Weighted value (£)', 'Notes'],
      rows: rankAccounts(data.accounts).map((r) => [r.rank, r.account.name.trim(), r.account.kind ? ACCOUNT_KIND_LABELS[r.account.kind] : '', r.value, spreadsheetNumber(r.probability * 100), spreadsheetNumber(r.weighted), r.account.notes.trim()]),
    },
    {
      title: 'Activities',
      columns: ['Date', 'Customer or prospect', 'Method', 'Objective', 'Planned hours', 'Outcome', 'What happened'],
      rows: data.activities.filter(isStartedActivity).map((a) => {
        const hours = readActivityHours(a.hours);
        return [a.date, accountName(data.accounts, a.accountId), a.method ? CONTACT_METHOD_LABELS[a.method] : '', a.objective.trim(), hours.ok ? hours.value : null, a.outcome ? OUTCOME_LABELS[a.outcome] : '', a.result.trim()];
      }),
    },
    {
      title: 'Weeks',
      columns: ['Week commencing', 'From', 'To', 'Activities planned', 'Activities done', 'Hours planned', 'Hours available', 'Spare hours'],
      rows: weeklyLoad(data).map((l) => [l.week.monday, l.week.from, l.week.to, l.planned, l.done, spreadsheetNumber(l.hours), spreadsheetNumber(l.available), spreadsheetNumber(l.spare)]),
    },
    {
      title: 'Costs',
      columns: ['Kind', 'What for', 'Quantity', 'Cost of one (£)', 'Amount (£)'],
      rows: costs.lines.map((l) => [costKindLabel(l.line.kind), l.line.what.trim(), l.line.quantity.trim(), l.line.unitCost.trim(), l.amount]),
    },
    {
      title: 'Budget by kind',
      columns: ['Kind', 'Costs', 'Total (£)'],
      rows: [...costs.byKind.map((k) => [costKindLabel(k.kind), k.lines, k.total]), ...(costs.byKind.length ? [['Total', costs.lines.length, costs.total]] : [])],
    },
    {
      title: 'Indicators',
      columns: ['Indicator', 'Target', 'Agreed with', 'Recorded and reported', 'Achieved', 'Share of target (%)'],
      rows: indicators.map((i) => {
        const p = indicatorProgress(i);
        return [i.name.trim(), p.target, i.agreedWith.trim(), i.recordedBy.trim(), spreadsheetNumber(p.achieved), p.share === null ? null : spreadsheetNumber(p.share * 100, 1)];
      }),
    },
    {
      title: 'Figures logged',
      columns: ['Indicator', 'Date', 'Figure', 'Note'],
      rows: indicators.flatMap((i) => i.actuals.filter((a) => a.date !== '' || hasText(a.value)).map((a) => {
        const value = readActual(a.value);
        return [i.name.trim(), a.date, value.ok ? value.value : null, a.note.trim()];
      })),
    },
    {
      title: 'Potential issues',
      columns: ['Potential issue', 'Likelihood', 'Effect', 'What I will do'],
      rows: data.issues.filter((i) => hasText(i.issue)).map((i) => [i.issue.trim(), i.likelihood ? LIKELIHOOD_LABELS[i.likelihood] : '', i.effect.trim(), i.action.trim()]),
    },
    {
      title: 'Colleagues consulted',
      columns: ['Colleague', 'Role', 'Date', 'What they said', 'What changed in the plan'],
      rows: data.colleagues.filter((c) => hasText(c.name) || hasText(c.feedback)).map((c) => [c.name.trim(), c.role.trim(), c.date, c.feedback.trim(), c.change.trim()]),
    },
  ];
}
