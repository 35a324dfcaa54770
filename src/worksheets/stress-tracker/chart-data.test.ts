import { describe, expect, it } from 'vitest';
import { calendarMonths, dayCellText, questionnaireMarks, ratingChartRows } from './chart-data';
import { createEmptyStress, type StressData } from './model';

function tracker(): StressData {
  const data = createEmptyStress();
  data.instrument = { kind: 'online', name: 'Wellbeing scale', link: '', max: '70', higherMeans: 'less-stress' };
  data.baseline = { ...data.baseline, date: '2027-03-30', score: '35' };
  data.retake = { ...data.retake, date: '2027-04-30', score: '56' };
  data.checkIns = [
    { id: 'a', date: '2027-03-30', rating: 7, zone: 'reacting', usedTechnique: false, minutes: null, note: '' },
    { id: 'b', date: '2027-04-02', rating: 5, zone: 'ready', usedTechnique: true, minutes: 10, note: '' },
  ];
  return data;
}

describe('calendar months', () => {
  it('lays out each month of the period in Monday-first weeks with every day logged, missed or outside', () => {
    const months = calendarMonths(tracker(), '2027-05-10');
    expect(months.map((m) => m.title)).toEqual(['March 2027', 'April 2027']);
    const march = months[0]!;
    // 1 March 2027 is a Monday, so the month starts in the first cell and fills five weeks.
    expect(march.weeks[0]![0]).toMatchObject({ date: '2027-03-01', status: 'before' });
    expect(march.weeks.length).toBe(5);
    const cells = months.flatMap((m) => m.weeks.flat()).filter((d) => d !== null);
    expect(cells.find((d) => d.date === '2027-03-30')).toMatchObject({ status: 'logged', rating: 7, measurement: 'Baseline' });
    expect(cells.find((d) => d.date === '2027-03-31')).toMatchObject({ status: 'missed', rating: null });
    expect(cells.find((d) => d.date === '2027-04-30')).toMatchObject({ status: 'missed', measurement: 'Retake' });
    expect(cells.filter((d) => d.status === 'logged' || d.status === 'missed').length).toBe(32);
    // April 2027 starts on a Thursday: three blank cells before it.
    expect(months[1]!.weeks[0]!.slice(0, 4).map((d) => d?.date ?? null)).toEqual([null, null, null, '2027-04-01']);
    months.forEach((m) => m.weeks.forEach((w) => expect(w.length).toBe(7)));
  });

  it('words each day for the PDF, and only the number outside the period', () => {
    const cells = calendarMonths(tracker(), '2027-05-10').flatMap((m) => m.weeks.flat()).filter((d) => d !== null);
    expect(dayCellText(cells.find((d) => d.date === '2027-04-02')!)).toBe('2\nrated 5\ntechnique used');
    expect(dayCellText(cells.find((d) => d.date === '2027-03-30')!)).toBe('30\nrated 7\nBaseline');
    expect(dayCellText(cells.find((d) => d.date === '2027-04-03')!)).toBe('3\nmissed');
    expect(dayCellText(cells.find((d) => d.date === '2027-03-02')!)).toBe('2');
  });

  it('spans a year end', () => {
    const data = tracker();
    data.baseline.date = '2027-12-20';
    data.retake.date = '2028-01-25';
    data.checkIns = [];
    expect(calendarMonths(data, '2028-02-01').map((m) => m.key)).toEqual(['2027-12', '2028-01']);
  });
});

describe('chart rows and marks', () => {
  it('gives one row per day with gaps, and flips a scale where higher means calmer', () => {
    const rows = ratingChartRows(tracker(), '2027-05-10');
    expect(rows.length).toBe(32);
    expect(rows[0]).toEqual({ date: '2027-03-30', label: '30 Mar', rating: 7, average: 7 });
    expect(rows[3]).toEqual({ date: '2027-04-02', label: '2 Apr', rating: 5, average: 6 });
    expect(rows[1]!.rating).toBeNull();
    expect(questionnaireMarks(tracker())).toEqual([
      { label: 'Baseline 35/70, on the 0–10 scale', value: 5 },
      { label: 'Retake 56/70, on the 0–10 scale', value: 2 },
    ]);
  });
});
