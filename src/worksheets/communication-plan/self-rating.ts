/**
 * The toolkit's own short self-rating of communication preferences, written for this toolkit (it is
 * not, and does not copy, any published profile or questionnaire). Each line is a pair of ways of
 * communicating; the learner says which way they lean, from 1 (strongly the first) to 5 (strongly
 * the second). It is a reflection aid with no score and no type: a strong lean is not a fault, only
 * a place where people who prefer the other way may need the learner to adapt.
 */

export type PreferenceScale = {
  id: string;
  /** The two ends, short enough for a select option: "Writing it down". */
  first: string;
  second: string;
  /** What to watch for with a strong lean each way, for colleagues and customers alike. */
  watchFirst: string;
  watchSecond: string;
};

export const PREFERENCE_SCALES: readonly PreferenceScale[] = [
  {
    id: 'channel',
    first: 'Writing it down (email, messages)',
    second: 'Talking it through (calls, meetings)',
    watchFirst: 'People who like to talk may find you distant: call or meet for anything sensitive or complicated.',
    watchSecond: 'Agreements can be lost: follow a conversation with a short written summary.',
  },
  {
    id: 'pace',
    first: 'Replying at once',
    second: 'Taking time to think first',
    watchFirst: 'Quick replies can be incomplete or sharp: check the question is fully answered before sending.',
    watchSecond: 'Others may think you have not seen their message: say when you will reply.',
  },
  {
    id: 'detail',
    first: 'The big picture first',
    second: 'The detail first',
    watchFirst: 'Detail-minded people may feel unsure: give the facts and figures that back your point.',
    watchSecond: 'Busy people may lose the point: open with the headline and what you need from them.',
  },
  {
    id: 'directness',
    first: 'Straight to the point',
    second: 'Building rapport first',
    watchFirst: 'You can seem abrupt: take a moment for the person before the business.',
    watchSecond: 'Busy buyers may want you to get to the point: check how much time they have.',
  },
  {
    id: 'tone',
    first: 'Formal',
    second: 'Informal',
    watchFirst: 'You can seem stiff with people who know you well: match their tone.',
    watchSecond: 'You can seem over-familiar with new customers or senior people: start more formally.',
  },
  {
    id: 'listening',
    first: 'Listening and asking',
    second: 'Talking and explaining',
    watchFirst: 'You may hold back ideas others need: say what you think and recommend.',
    watchSecond: 'You may miss what the other person needs: ask, then listen to the end before you answer.',
  },
  {
    id: 'planning',
    first: 'Planned, with an agenda',
    second: 'As things come up',
    watchFirst: 'You may be slow to respond to the unexpected: leave room for questions off the agenda.',
    watchSecond: 'Meetings and calls can drift: agree the purpose and the next step each time.',
  },
  {
    id: 'disagreement',
    first: 'Saying plainly when I disagree',
    second: 'Keeping the peace',
    watchFirst: 'Plain disagreement can feel like criticism: say what you agree with first.',
    watchSecond: 'Problems can go unsaid until too late: raise concerns early, calmly and with a suggestion.',
  },
];

export const RATING_MIN = 1;
export const RATING_MAX = 5;

/** The five answers to each pair, from strongly the first to strongly the second. */
export function ratingLabel(scale: PreferenceScale, rating: number | null): string {
  switch (rating) {
    case 1:
      return `Strongly: ${scale.first}`;
    case 2:
      return `Leaning to: ${scale.first}`;
    case 3:
      return 'Both equally';
    case 4:
      return `Leaning to: ${scale.second}`;
    case 5:
      return `Strongly: ${scale.second}`;
    default:
      return 'Not rated';
  }
}

export type PreferenceLean = { scale: PreferenceScale; rating: number; label: string; watchFor: string | null };

/** The learner's ratings read back: how many are rated, and each strong lean with what to watch for. */
export function preferenceProfile(ratings: ReadonlyArray<number | null>): { rated: number; total: number; leans: PreferenceLean[]; strong: PreferenceLean[] } {
  const leans = PREFERENCE_SCALES.flatMap((scale, index): PreferenceLean[] => {
    const rating = ratings[index] ?? null;
    if (rating === null || !Number.isInteger(rating) || rating < RATING_MIN || rating > RATING_MAX) return [];
    const watchFor = rating === 1 ? scale.watchFirst : rating === 5 ? scale.watchSecond : null;
    return [{ scale, rating, label: ratingLabel(scale, rating), watchFor }];
  });
  return { rated: leans.length, total: PREFERENCE_SCALES.length, leans, strong: leans.filter((lean) => lean.watchFor !== null) };
}

export const SELF_RATING_INTRO =
  'A short self-rating written for this toolkit (not a published questionnaire): for each pair, choose which way you lean when you communicate at work. It gives no score and no “type”; a strong lean is not a fault, it shows where people who prefer the other way may need you to adapt.';
