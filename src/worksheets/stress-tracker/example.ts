import { addDays, todayIso } from '../../lib/dates';
import type { CheckIn, StressData, Zone } from './model';

const items = (prefix: string, texts: string[]) => texts.map((text, i) => ({ id: `example-${prefix}-${i + 1}`, text }));

/**
 * Days the example learner did not log: a weekend away after the month of daily use (days 1 to at
 * most 31 from the plan's start), so the month itself is logged every day, as L3S2 asks.
 */
const MISSED_DAYS = new Set([32, 33, 34]);
const NOTES: Record<number, string> = {
  0: 'Month-end target meeting; could not switch off in the evening.',
  4: 'Did the breathing before the 9 am call; felt steadier.',
  11: 'Trade show. Used the box breathing in the car park.',
  20: 'Lost the Harlow deal. Breathing helped me not take it home.',
  30: 'Calmer week. Sleeping better.',
};

/** A gentle downward trend with day-to-day ups and downs, like a real month. */
function exampleRating(day: number): number {
  const wobble = [0, 1, -1, 0, 1, -1, 0][day % 7] ?? 0;
  return Math.max(0, Math.min(10, Math.round(7.5 - (3.5 * day) / 35 + wobble)));
}

const zoneFor = (rating: number): Zone => (rating >= 8 ? 'injured' : rating >= 5 ? 'reacting' : 'ready');

/**
 * A fictional field sales executive's tracker a tutor can open in one click. Dates are counted back
 * from `today`, so the month of check-ins always ends yesterday.
 */
export function createStressExample(today: string = todayIso()): { name: string; data: StressData } {
  const baselineDate = addDays(today, -36);
  const retakeDate = addDays(today, -1);
  const checkIns: CheckIn[] = [];
  for (let day = 0; day <= 35; day += 1) {
    if (MISSED_DAYS.has(day)) continue;
    const rating = exampleRating(day);
    // Day 0 is the baseline, before the plan starts: the technique is not used yet; then daily.
    const usedTechnique = day > 0;
    checkIns.push({
      id: `example-checkin-${day + 1}`,
      date: addDays(baselineDate, day),
      rating,
      zone: zoneFor(rating),
      usedTechnique,
      minutes: usedTechnique ? (day % 3 === 0 ? 15 : 10) : null,
      note: NOTES[day] ?? '',
    });
  }

  return {
    name: 'Worked example: Sam’s breathing month',
    data: {
      pressureVsStress:
        'Pressure is the demand to perform, such as a target or a deadline. At a level I can manage it motivates me and sharpens my focus. Stress is what happens when the demands are more than I can cope with for a long time, or feel out of my control: it stops helping and starts to harm my health, my mood and my performance. The same demand can be pressure for one person and stress for another, or for the same person in a different week.',
      continuumNotes:
        'Ready: I sleep well, hit my call targets and enjoy the banter in the office. Reacting: I get short with colleagues, check emails late at night and put off calls. Injured: I am tired all the time, my conversion rate drops and I avoid the team. Ill: I could not face work at all. Pressure tips into stress when I stay in “reacting” for more than a few days.',
      workplaceExamples: [
        {
          id: 'example-ex-1',
          situation: 'The quarterly sales target',
          asPressure: 'With three weeks to go and a healthy pipeline, the target focuses me on the best prospects.',
          asStress: 'With two days to go, 40 % short and no control over the leads, I lose sleep and make rushed, pushy calls.',
        },
        {
          id: 'example-ex-2',
          situation: 'Presenting a proposal to a large client',
          asPressure: 'Nerves before the pitch make me prepare thoroughly and present with energy.',
          asStress: 'Asked to present three proposals in one week on top of my territory, I cannot prepare and dread each meeting.',
        },
      ],
      workplaceStressors: items('ws', [
        'Excessive workload: covering a colleague’s territory as well as my own.',
        'Unclear performance expectations after the targets changed mid-quarter.',
        'Lack of control over which leads I am given.',
        'Commission-based salary, so a slow month means less money.',
      ]),
      personalStressors: items('ps', [
        'Commuting: two hours a day on the M1.',
        'Being a carer for my dad at weekends.',
        'Organising an event: my sister’s wedding.',
      ]),
      organisationImpacts: items('oi', [
        'Reduced productivity: stressed sales staff make fewer, shorter calls and close less.',
        'Increased staff turnover: two of our team left last year citing pressure, and recruiting and training replacements cost months of sales.',
      ]),
      individualImpacts: items('ii', [
        'Physical health problems such as headaches, poor sleep and back pain from tension.',
        'Reduced performance and job satisfaction: rushed, pushy calls lose deals and confidence.',
        'Changes in personal lifestyle: skipping the gym and eating at the wheel.',
      ]),
      techniques: [
        {
          id: 'example-t-1',
          name: 'Box breathing',
          outline: 'Breathe in for four counts, hold for four, out for four, hold for four; repeat for five to ten minutes. It slows the heart rate and can be done anywhere, even in the car before a call.',
        },
        {
          id: 'example-t-2',
          name: 'Regular exercise',
          outline: 'Thirty minutes of brisk walking, running or a class three times a week burns off stress hormones and improves sleep.',
        },
        {
          id: 'example-t-3',
          name: '“Me” time',
          outline: 'Protecting a set time each day for something enjoyable and unrelated to work, such as reading or music, with the phone off.',
        },
        {
          id: 'example-t-4',
          name: 'Progressive muscle relaxation',
          outline: 'Tensing and then relaxing each muscle group in turn, from the feet up, usually lying down before sleep.',
        },
      ],
      plan: {
        chosenTechniqueId: 'example-t-1',
        whyChosen: 'It takes ten minutes, needs no kit and fits between calls in the car, which is where my stress peaks. Exercise matters too, but my caring weekends make it hard to keep up.',
        howAndWhen: 'Ten minutes of box breathing every working morning in the car before my first call, and again before any big pitch. A phone reminder at 8.50 am. I log each day in this tracker at the end of the day.',
        startDate: addDays(baselineDate, 1),
      },
      instrument: { kind: 'built-in', name: '', link: '', max: '', higherMeans: 'more-stress' },
      baseline: { date: baselineDate, answers: [3, 3, 2, 3, 2, 3, 2, 3], score: '' },
      retake: { date: retakeDate, answers: [1, 2, 1, 1, 1, 1, 2, 1], score: '' },
      checkIns,
      review: {
        effectiveness:
          'Box breathing was effective for me. My self-check score fell from 21 to 10 out of 32, and my average daily rating fell between the first and last weeks. The biggest change was before calls: I started them calmer and stopped rushing. It did not fix the workload itself, so I have also asked my manager to review the territory cover.',
        nextSteps: 'Keep the morning breathing, add a walk at lunchtime twice a week, and retake the self-check in three months.',
      },
      support: [
        { id: 'example-s-1', name: 'My line manager', howItHelps: 'Monthly one-to-one: we agreed to review the extra territory.' },
        { id: 'example-s-2', name: 'Employee assistance programme (EAP)', howItHelps: 'Free, confidential phone counselling through work, 24 hours a day.' },
        { id: 'example-s-3', name: 'Mind', howItHelps: 'Information on stress and coping, at mind.org.uk.' },
        { id: 'example-s-4', name: 'NHS Talking Therapies', howItHelps: 'Free talking therapy; I can refer myself online or through my GP.' },
      ],
      includeNotesInPdf: false,
    },
  };
}

