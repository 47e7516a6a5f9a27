// A month as a grid of weeks (Monday first), marking the days that have articles.
import type { CalendarDate } from '../types.js';
import { calendarDate, daysInMonth, weekdayMondayFirst } from '../content/date.js';
import { dayPath } from './routes.js';

export interface CalendarDay {
  day: number;
  /** Site path of the day's archive, when the day has articles. */
  url?: string;
  iso: string;
}

/** Seven cells per week; `undefined` pads the days before the 1st and after the last. */
export type CalendarWeek = (CalendarDay | undefined)[];

export function monthCalendar(year: number, month: number, daysWithArticles: CalendarDate[]): CalendarWeek[] {
  const linked = new Set(daysWithArticles.map((date) => date.day));
  const first = calendarDate(year, month, 1);
  if (!first) return [];
  const cells: (CalendarDay | undefined)[] = Array.from({ length: weekdayMondayFirst(first) }, () => undefined);
  for (let day = 1; day <= daysInMonth(year, month); day++) {
    const date = calendarDate(year, month, day) as CalendarDate;
    cells.push({ day, iso: date.iso, url: linked.has(day) ? dayPath(date) : undefined });
  }
  while (cells.length % 7) cells.push(undefined);
  const weeks: CalendarWeek[] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}
