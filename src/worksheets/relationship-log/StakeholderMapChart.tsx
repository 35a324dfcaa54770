import { HIGH_FROM } from './calculations';
import type { MapPoint } from './chart-data';
import { QUADRANT_NAMES } from './labels';

/** The drawing's size in SVG units; it scales to the width it is given. */
const WIDTH = 360;
const HEIGHT = 330;
const PLOT = { left: 44, right: 10, top: 10, bottom: 46 };
const RATINGS = [1, 2, 3, 4, 5];

/** Rating (0.5–5.5) to SVG x and y. */
const xOf = (interest: number) => PLOT.left + ((interest - 0.5) / 5) * (WIDTH - PLOT.left - PLOT.right);
const yOf = (influence: number) => HEIGHT - PLOT.bottom - ((influence - 0.5) / 5) * (HEIGHT - PLOT.top - PLOT.bottom);

const CORNERS = [
  { text: QUADRANT_NAMES['keep-satisfied'], x: xOf(0.6), y: yOf(5.35), anchor: 'start' },
  { text: QUADRANT_NAMES['manage-closely'], x: xOf(5.4), y: yOf(5.35), anchor: 'end' },
  { text: QUADRANT_NAMES.monitor, x: xOf(0.6), y: yOf(0.7), anchor: 'start' },
  { text: QUADRANT_NAMES['keep-informed'], x: xOf(5.4), y: yOf(0.7), anchor: 'end' },
] as const;

/**
 * Draws the points it is given: influence up, interest across, the map's four parts split at 3.
 * Plain SVG, with no chart library: a grid of 25 squares needs no more, and the route stays light.
 * Each person is a numbered marker (their number in the list), so names never overlap; the
 * table below gives each number's name and the same figures.
 */
export function StakeholderMapChart({ points }: { points: MapPoint[] }) {
  const split = HIGH_FROM - 0.5;
  return (
    <div className="chart stakeholder-map">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label="Stakeholder map: each person placed by their interest (across, 1 to 5) and influence (up, 1 to 5); each marker is numbered as the person is in the table below, which gives the same figures."
      >
        {RATINGS.map((r) => (
          <g key={r} className="stakeholder-map__grid">
            <line x1={xOf(r)} x2={xOf(r)} y1={yOf(0.5)} y2={yOf(5.5)} />
            <line x1={xOf(0.5)} x2={xOf(5.5)} y1={yOf(r)} y2={yOf(r)} />
            <text x={xOf(r)} y={yOf(0.5) + 16} textAnchor="middle">
              {r}
            </text>
            <text x={xOf(0.5) - 8} y={yOf(r) + 4} textAnchor="end">
              {r}
            </text>
          </g>
        ))}
        <rect className="stakeholder-map__frame" x={xOf(0.5)} y={yOf(5.5)} width={xOf(5.5) - xOf(0.5)} height={yOf(0.5) - yOf(5.5)} />
        <line className="stakeholder-map__split" x1={xOf(split)} x2={xOf(split)} y1={yOf(0.5)} y2={yOf(5.5)} />
        <line className="stakeholder-map__split" x1={xOf(0.5)} x2={xOf(5.5)} y1={yOf(split)} y2={yOf(split)} />
        {CORNERS.map((c) => (
          <text key={c.text} className="stakeholder-map__corner" x={c.x} y={c.y} textAnchor={c.anchor}>
            {c.text}
          </text>
        ))}
        <text className="stakeholder-map__axis" x={(xOf(0.5) + xOf(5.5)) / 2} y={HEIGHT - 8} textAnchor="middle">
          Interest in your work
        </text>
        <text className="stakeholder-map__axis" transform={`translate(14 ${(yOf(0.5) + yOf(5.5)) / 2}) rotate(-90)`} textAnchor="middle">
          Influence over your sales
        </text>
        {points.map((p) => (
          <g key={p.id} className="stakeholder-map__point">
            <title>{`${p.number}. ${p.name}: influence ${p.influence}, interest ${p.interest}`}</title>
            <circle cx={xOf(p.x)} cy={yOf(p.y)} r={10} />
            <text x={xOf(p.x)} y={yOf(p.y) + 4} textAnchor="middle">
              {p.number}
            </text>
          </g>
        ))}
      </svg>
    </div>
  );
}
