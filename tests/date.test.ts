import { afterAll, describe, expect, it } from 'vitest';
import { compareDatesDescending, formatLongDate, formatMonth, formatMonthName, parseDate, todayIn, weekdayMondayFirst } from '../src/content/date.js';

const ZONES = ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Los_Angeles', 'Asia/Kolkata', 'Australia/Adelaide'];
const originalTz = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalTz;
});

describe.each(ZONES)('calendar dates in TZ=%s', (zone) => {
  it('keeps 2023-07-20 as 20 July 2023', () => {
    process.env.TZ = zone;
    const parsed = parseDate('2023-07-20');
    expect(parsed?.date).toEqual({ year: 2023, month: 7, day: 20, iso: '2023-07-20' });
    expect(formatLongDate(parsed!.date, { locale: 'en-GB' })).toBe('20 July 2023');
    expect(formatLongDate(parsed!.date, { locale: 'en-US' })).toBe('July 20, 2023');
    expect(formatMonth(2023, 7, { locale: 'en-GB' })).toBe('July 2023');
  });

  it('names every month in each locale as the locale writes it alone', () => {
    process.env.TZ = zone;
    for (const locale of ['en-GB', 'fr-FR', 'ar-EG', 'fi-FI']) {
      const alone = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
      for (let month = 1; month <= 12; month++) {
        expect(formatMonthName(month, { locale })).toBe(alone.format(new Date(Date.UTC(2000, month - 1, 1))));
      }
    }
    expect(formatMonthName(7, { locale: 'en-GB' })).toBe('July');
  });

  it('takes the written day of a date-time, not its UTC day', () => {
    process.env.TZ = zone;
    const parsed = parseDate('2023-07-20T23:30:00-05:00');
    expect(parsed?.date.iso).toBe('2023-07-20');
    expect(parsed?.dateTime).toBe('2023-07-20T23:30:00-05:00');
  });

  it('knows the weekday of a day whatever the zone', () => {
    process.env.TZ = zone;
    expect(weekdayMondayFirst(parseDate('2023-07-20')!.date)).toBe(3);
    expect(weekdayMondayFirst(parseDate('2012-05-01')!.date)).toBe(1);
  });
});

describe('parseDate', () => {
  it.each(['2023-02-30', '2023-13-01', '2023-00-10', '2021-02-29', 'yesterday-ish', '20-07-2023', '2023-7-20', '', '2023-07-20T25:00:00Z'])(
    'refuses %j', (text) => {
      expect(parseDate(text)).toBeUndefined();
    });

  it('accepts a leap day and normalises offsets', () => {
    expect(parseDate('2024-02-29')?.date.iso).toBe('2024-02-29');
    expect(parseDate('2019-03-04T09:30:00Z')?.dateTime).toBe('2019-03-04T09:30:00+00:00');
    expect(parseDate('2019-03-04T09:30+0200')?.dateTime).toBe('2019-03-04T09:30:00+02:00');
  });

  it.each([
    ['2023-07-20 10:30:00 +0000', '2023-07-20T10:30:00+00:00'], ['2023-07-20 23:30:00 -0500', '2023-07-20T23:30:00-05:00'],
    ['2023-07-20t9:05:00.25z', '2023-07-20T09:05:00+00:00'], ['2023-07-20 9:05 -5', '2023-07-20T09:05:00-05:00'],
    ['2023-07-20  09:05:00+05', '2023-07-20T09:05:00+05:00'], ['2023-07-20T09:05:00 +05:30', '2023-07-20T09:05:00+05:30'],
  ])('reads the YAML timestamp %j that Jekyll and Hugo archives carry, on its written day', (text, dateTime) => {
    expect(parseDate(text)).toEqual({ date: expect.objectContaining({ iso: '2023-07-20' }), dateTime });
  });

  it.each(['2023-07-20 10:30:00 +000', '2023-07-20 10:30:00 +123', '2023-07-20 10:30 UTC', '2023-07-20 24:00'])('still refuses %j', (text) => {
    expect(parseDate(text)).toBeUndefined();
  });

  it('orders newest first, then by time within a day', () => {
    const dates = ['2020-01-01', '2021-05-05T08:00:00+00:00', '2021-05-05T18:00:00+00:00', '2019-12-31'].map((text) => parseDate(text)!);
    expect(dates.sort(compareDatesDescending).map((date) => date.dateTime ?? date.date.iso))
      .toEqual(['2021-05-05T18:00:00+00:00', '2021-05-05T08:00:00+00:00', '2020-01-01', '2019-12-31']);
  });
});

describe('todayIn', () => {
  it('gives the calendar day in the named zone', () => {
    const instant = new Date('2023-07-20T23:30:00Z');
    expect(todayIn('UTC', instant).iso).toBe('2023-07-20');
    expect(todayIn('Asia/Tokyo', instant).iso).toBe('2023-07-21');
    expect(todayIn('America/New_York', instant).iso).toBe('2023-07-20');
  });
});
