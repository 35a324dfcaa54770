import { isRated, quadrantOf, ratingValue, type Quadrant } from './calculations';
import { hasText, type Person } from './model';

/** One person on the stakeholder map: their number in the list (the chart's marker), their ratings, and where the chart draws them (spread apart when several share a square). */
export type MapPoint = { id: string; number: number; name: string; influence: number; interest: number; quadrant: Quadrant; x: number; y: number };

/** How far apart the chart draws people who share the same ratings, in rating units. */
export const SPREAD = 0.26;

/**
 * The rated people as points for the page's chart and rows for the PDF's table, in the learner's
 * order. People with the same two ratings are drawn on a small circle round their square so every
 * name can be read; their ratings stay exact.
 */
export function mapPoints(people: readonly Person[]): MapPoint[] {
  const rated = people.filter(isRated).map((p) => {
    const influence = ratingValue(p.influence)!;
    const interest = ratingValue(p.interest)!;
    const number = people.indexOf(p) + 1;
    return { id: p.id, number, name: hasText(p.name) ? p.name.trim() : `Person ${number}`, influence, interest, quadrant: quadrantOf(influence, interest) };
  });
  const bySquare = new Map<string, number[]>();
  rated.forEach((point, index) => {
    const key = `${point.influence}:${point.interest}`;
    bySquare.set(key, [...(bySquare.get(key) ?? []), index]);
  });
  return rated.map((point, index) => {
    const square = bySquare.get(`${point.influence}:${point.interest}`)!;
    if (square.length === 1) return { ...point, x: point.interest, y: point.influence };
    const angle = (2 * Math.PI * square.indexOf(index)) / square.length;
    return { ...point, x: point.interest + SPREAD * Math.sin(angle), y: point.influence + SPREAD * Math.cos(angle) };
  });
}
