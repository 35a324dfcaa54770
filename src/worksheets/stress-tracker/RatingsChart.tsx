import { REFERENCE_LINE_COLOUR, SERIES_COLOURS } from '../../lib/chart-colours';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartRow, ReferenceMark } from './chart-data';
import { RATING_MAX } from './model';

/** Each line's look: told apart by dash pattern and point marks as well as colour, and named in the key below. */
const RATING_LINE = { colour: SERIES_COLOURS[0], dash: undefined, hasDots: true };
const AVERAGE_LINE = { colour: SERIES_COLOURS[1], dash: '6 3', hasDots: false };
const MARK_LINES = [
  { colour: REFERENCE_LINE_COLOUR, dash: '10 4' },
  { colour: REFERENCE_LINE_COLOUR, dash: '2 3' },
];

/**
 * Draws the rows it is given; ratings and averages are worked out in calculations.ts. The baseline
 * and retake are named in the key under the chart, not on their lines, where labels would sit on
 * top of the daily ratings.
 */
export function RatingsChart({ rows, marks }: { rows: ChartRow[]; marks: ReferenceMark[] }) {
  const markLines = marks.map((mark, i) => ({ ...mark, ...(MARK_LINES[i] ?? MARK_LINES[0]!) }));
  return (
    <figure className="ratings-chart">
      <div
        className="chart"
        role="img"
        aria-label="Line chart of daily stress ratings (0 to 10) with the 7-day average and the baseline and retake scores drawn on the same scale. The same figures are in the calendar and the list of check-ins."
      >
        <ResponsiveContainer width="100%" height={300}>
          <LineChart data={rows} margin={{ left: 0, right: 16, top: 16, bottom: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" interval="preserveStartEnd" minTickGap={24} tick={{ fontSize: 12 }} />
            <YAxis domain={[0, RATING_MAX]} ticks={[0, 2, 4, 6, 8, 10]} width={32} />
            <Tooltip />
            {markLines.map((mark) => (
              <ReferenceLine key={mark.label} y={mark.value} stroke={mark.colour} strokeWidth={2} strokeDasharray={mark.dash} />
            ))}
            <Line type="linear" dataKey="rating" name="Daily rating" stroke={RATING_LINE.colour} strokeWidth={2} dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} />
            <Line type="monotone" dataKey="average" name="7-day average" stroke={AVERAGE_LINE.colour} strokeWidth={2} strokeDasharray={AVERAGE_LINE.dash} dot={false} connectNulls isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption>
        <ul className="ratings-chart__key" aria-label="Key to the chart">
          <KeyItem label="Daily rating" colour={RATING_LINE.colour} hasDots />
          <KeyItem label="7-day average" colour={AVERAGE_LINE.colour} dash={AVERAGE_LINE.dash} />
          {markLines.map((mark) => (
            <KeyItem key={mark.label} label={mark.label} colour={mark.colour} dash={mark.dash} />
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

/** A short sample of the line (its dash and dots) beside its name. */
function KeyItem({ label, colour, dash, hasDots = false }: { label: string; colour: string; dash?: string; hasDots?: boolean }) {
  return (
    <li>
      <svg width="36" height="12" aria-hidden="true" focusable="false">
        <line x1="2" y1="6" x2="34" y2="6" stroke={colour} strokeWidth="2" strokeDasharray={dash} />
        {hasDots && [6, 18, 30].map((x) => <circle key={x} cx={x} cy="6" r="3" fill="#fff" stroke={colour} strokeWidth="1.5" />)}
      </svg>
      {label}
    </li>
  );
}
