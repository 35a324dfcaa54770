import { formatWeekdayDate } from '../../lib/dates';
import { calendarMonths, dayInWords, WEEKDAY_SHORT, type CalendarDay } from './chart-data';
import type { StressData } from './model';
import { ScrollBox } from '../../ui/ScrollBox';

function DayCell({ day }: { day: CalendarDay }) {
  const mark = day.status === 'logged' ? `✓ ${day.rating}` : day.status === 'missed' ? '✗' : '';
  return (
    <td className={`calendar__day calendar__day--${day.status}`}>
      <span className="calendar__number">{day.day}</span>
      {mark && (
        <span className="calendar__mark" aria-hidden="true">
          {mark}
        </span>
      )}
      {day.status === 'missed' && (
        <span className="calendar__word" aria-hidden="true">
          missed
        </span>
      )}
      {day.measurement && (
        <span className="calendar__word calendar__word--measurement" aria-hidden="true">
          {day.measurement}
        </span>
      )}
      <span className="visually-hidden">
        {formatWeekdayDate(day.date)}: {dayInWords(day)}
      </span>
    </td>
  );
}

/** Month grids of the tracking period: each day logged (with its rating) or missed, in words and symbols, not colour alone. */
export function CalendarView({ data, today }: { data: StressData; today: string }) {
  const months = calendarMonths(data, today);
  if (months.length === 0) return null;
  return (
    <div className="calendar">
      {months.map((month) => (
        <ScrollBox label={`Calendar for ${month.title} (scrolls sideways)`} key={month.key}>
          <table className="calendar__month">
            <caption>{month.title}</caption>
            <thead>
              <tr>
                {WEEKDAY_SHORT.map((d) => (
                  <th scope="col" key={d}>
                    {d}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {month.weeks.map((week, w) => (
                <tr key={w}>
                  {week.map((day, d) => (day ? <DayCell key={day.date} day={day} /> : <td key={`empty-${d}`} className="calendar__blank" />))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      ))}
      <p className="field__hint">Key: ✓ and a number = logged, with that day’s rating; ✗ missed = no check-in; Baseline and Retake mark the days you took the questionnaire; plain grey days are outside the tracking period.</p>
    </div>
  );
}
