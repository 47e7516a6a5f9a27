// Calendar dates: a date-only value names a day, never an instant, so no time zone can shift it.
import type { CalendarDate } from '../types.js';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
/**
 * ISO 8601, and the YAML timestamps Jekyll and Hugo archives carry: `2023-07-20 10:30:00 +0000`,
 * a one-digit hour, blanks before the zone, an hour-only zone (`-5`, `+05`).
 */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?[ \t]*([Zz]|[+-]\d{2}:?\d{2}|[+-]\d{1,2})?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Builds a CalendarDate, or undefined when the day does not exist (2023-02-30). */
export function calendarDate(year: number, month: number, day: number): CalendarDate | undefined {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  const iso = `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
  return { year, month, day, iso };
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** A parsed front-matter or wire date: the calendar day, plus the full instant when a time was given. */
export interface ParsedDate {
  date: CalendarDate;
  /** ISO 8601 with offset, present only when the input had a time. */
  dateTime?: string;
}

/**
 * Parses `YYYY-MM-DD` or an ISO date-time. The calendar day is the one written in the input
 * (its local day), not the UTC day, so `2023-07-20T23:30:00-05:00` is still 20 July.
 * A date-time without an offset is taken as UTC.
 */
export function parseDate(input: string): ParsedDate | undefined {
  const text = input.trim();
  const only = DATE_ONLY.exec(text);
  if (only) {
    const date = calendarDate(Number(only[1]), Number(only[2]), Number(only[3]));
    return date && { date };
  }
  const full = DATE_TIME.exec(text);
  if (!full) return undefined;
  const date = calendarDate(Number(full[1]), Number(full[2]), Number(full[3]));
  const [hour, minute, second] = [Number(full[4]), Number(full[5]), Number(full[6] ?? 0)];
  if (!date || hour > 23 || minute > 59 || second > 59) return undefined;
  const zone = normaliseZone(full[7] ?? 'Z');
  return { date, dateTime: `${date.iso}T${pad2(hour)}:${pad2(minute)}:${pad2(second)}${zone}` };
}

function normaliseZone(zone: string): string {
  if (zone === 'Z' || zone === 'z') return '+00:00';
  // The pattern lets through an hour alone (`+5`, `+05`) or an hour and minutes (`+0530`, `+05:30`).
  const digits = zone.slice(1).replace(':', '');
  const [hours, minutes] = digits.length > 2 ? [digits.slice(0, 2), digits.slice(2)] : [digits.padStart(2, '0'), '00'];
  return `${zone[0]}${hours}:${minutes}`;
}

/** The ISO instant used where a standard wants a date-time (feeds, JSON-LD): midnight UTC for a bare day. */
export function isoInstant(date: CalendarDate, dateTime?: string): string {
  return dateTime ?? `${date.iso}T00:00:00+00:00`;
}

/** Orders dates (and same-day date-times) newest first. */
export function compareDatesDescending(a: ParsedDate, b: ParsedDate): number {
  if (a.date.iso !== b.date.iso) return a.date.iso < b.date.iso ? 1 : -1;
  const at = a.dateTime ? Date.parse(a.dateTime) : 0;
  const bt = b.dateTime ? Date.parse(b.dateTime) : 0;
  return bt - at;
}

export interface DateFormatOptions {
  /** BCP 47 locale for readers, e.g. `en-GB`. */
  locale: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    // Formatting in UTC a UTC-midnight instant shows the same calendar day in every process time zone.
    found = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, found);
  }
  return found;
}

function utcInstant(date: CalendarDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day));
}

/**
 * Long dates already formatted, by locale and then by day as the number `yyyymmdd`: an archive shows
 * each day on many pages, formatting is slow, and a number key needs no string built per look-up.
 */
const longDates = new Map<string, Map<number, string>>();
const LONG_DATE_MEMORY = 100_000;

/** "20 July 2023" (or the locale's form). */
export function formatLongDate(date: CalendarDate, { locale }: DateFormatOptions): string {
  let byDay = longDates.get(locale);
  if (!byDay) longDates.set(locale, (byDay = new Map()));
  const key = date.year * 10_000 + date.month * 100 + date.day;
  let text = byDay.get(key);
  if (text === undefined) {
    text = formatter(locale, { year: 'numeric', month: 'long', day: 'numeric' }).format(utcInstant(date));
    if (byDay.size >= LONG_DATE_MEMORY) byDay.clear();
    byDay.set(key, text);
  }
  return text;
}

/** "July 2023". */
export function formatMonth(year: number, month: number, { locale }: DateFormatOptions): string {
  return formatter(locale, { year: 'numeric', month: 'long' }).format(new Date(Date.UTC(year, month - 1, 1)));
}

/** The twelve month names by locale: every article page's breadcrumbs name its month. */
const monthNames = new Map<string, string[]>();

function monthName(month: number, locale: string): string {
  return formatter(locale, { month: 'long' }).format(new Date(Date.UTC(2000, month - 1, 1)));
}

/** "July". */
export function formatMonthName(month: number, { locale }: DateFormatOptions): string {
  let names = monthNames.get(locale);
  if (!names) monthNames.set(locale, (names = Array.from({ length: 12 }, (_, i) => monthName(i + 1, locale))));
  return names[month - 1] ?? monthName(month, locale);
}

/** Day of week of a calendar date, 0 = Monday … 6 = Sunday (for calendar grids). */
export function weekdayMondayFirst(date: CalendarDate): number {
  return (utcInstant(date).getUTCDay() + 6) % 7;
}

export { daysInMonth };

/** Today's calendar day in a given IANA time zone. */
export function todayIn(timeZone: string, now: Date = new Date()): CalendarDate {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(now);
  const get = (type: string): number => Number(parts.find((part) => part.type === type)?.value);
  const date = calendarDate(get('year'), get('month'), get('day'));
  if (!date) throw new Error(`Cannot compute today in ${timeZone}`);
  return date;
}
