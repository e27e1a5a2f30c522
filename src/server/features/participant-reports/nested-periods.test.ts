/**
 * The municipality's report reads the figures of every fixed period nested with the one asked
 * for (a year: its 4 quarters and 12 months), so that no figure is given away by subtraction.
 * These figures of the demo's history (2024 and 2025: 20 participants a year at each of the
 * six provisions) were written out before the nested periods were read in one pass; the
 * report must give exactly the same, protected figures ("x" hidden = null) after it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, TEST_PSEUDONYM_KEY } from '../../../../test/support/test-app.ts';
import { loadDemoHistory } from '../../demo/demo-history.ts';
import type { DatabaseHandle } from '../../platform/db/database.ts';
import {
  nestedFixedPeriods,
  parseFixedPeriod,
} from '../../../domain/participants/fixed-periods.ts';
import { figuresPerPeriod, figuresPerProvision } from './participant-reports.repository.ts';
import { getMunicipalityReport } from './participant-reports.service.ts';
import type { MunicipalityReport } from './participant-reports.schemas.ts';

const NOW = new Date('2026-12-01T10:00:00Z');
let handle: DatabaseHandle;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ handle, drop } = await openTestDatabase());
  await loadDemoHistory(handle.db, NOW, TEST_PSEUDONYM_KEY);
});
afterAll(() => drop());

const reportOf = (period: string) =>
  getMunicipalityReport({ db: handle.db, scope: { kind: 'all' }, now: NOW }, { period });

/** Per category: active, new, attendances, mean satisfaction, participants measured twice. */
const categoryLines = (report: MunicipalityReport) =>
  report.byCategory.map((c) => [
    c.category,
    c.active,
    c.new,
    c.attendances,
    c.satisfactionMean,
    c.healthParticipants,
  ]);
/** Per provision: active, new, attendances, outflow, mean satisfaction. */
const provisionLines = (report: MunicipalityReport) =>
  report.byProvision.map((p) => [
    p.name,
    p.active,
    p.new,
    p.attendances,
    p.outflow,
    p.satisfactionMean,
  ]);

describe('the municipality report over nested fixed periods', () => {
  it('gives the same protected figures for a year, a quarter and a month', async () => {
    const year = await reportOf('2025');
    expect(year.totals.participants).toEqual({
      active: null,
      new: 120,
      erased: 0,
      byClientRoute: { self: 60, social_team: 60, social_services: null, other_organisation: null },
    });
    expect(year.totals.attendance.registered).toBe(11828);
    expect(year.totals.attendance.openedDayParts).toBe(1471);
    expect(year.totals.attendance.averagePerOpenedDayPart).toBe(8.04);
    expect(year.totals.attendance.byDayPart.map((d) => d.registered)).toEqual([5526, 5907, 395]);
    expect(year.totals.attendance.perWeek.slice(0, 2)).toEqual([
      { week: '2025-W01', registered: 93, anonymous: 0 },
      { week: '2025-W02', registered: 235, anonymous: 0 },
    ]);
    expect(year.totals.satisfaction).toMatchObject({ answers: 330, people: 180, mean: 7.51 });
    expect(year.totals.satisfaction.distribution.map((d) => d.count)).toEqual([
      0, 0, 0, 0, 0, 0, 81, 82, 84, 83, 0,
    ]);
    expect(year.totals.outflow).toEqual({
      total: 180,
      byKind: {
        paid_work: 30,
        education: 18,
        volunteer_work: 30,
        other_provision: 23,
        maatwerk: 30,
        stopped: 30,
        moved: 19,
      },
    });
    expect(year.totals.health.participant.participants).toBe(120);
    expect(year.totals.health.participant.perQuarter.map((q) => q.participants)).toEqual([
      120, 90, 60, 60,
    ]);
    expect(categoryLines(year)).toEqual([
      ['living_room', 90, 60, 5945, 7.53, 60],
      ['day_activities', 30, 20, 3534, 7.56, 20],
      ['information_advice', null, 20, 788, 7.4, 20],
      ['services', null, 20, 1561, 7.53, 20],
    ]);
    expect(provisionLines(year)).toEqual([
      ['Dagactiviteit Het Jekerpad', 30, 20, 3534, 30, 7.56],
      ['Huiskamer De Lindeboom', 30, 20, 1965, 30, 7.51],
      ['Huiskamer Het Trefpunt', 30, 20, 1998, 30, 7.56],
      ['Informatiepunt Oost', null, 20, 788, 30, 7.4],
      ['Klusteam Maas en Mergel', null, 20, 1561, 30, 7.53],
      ['Ontmoetingshuis Heer', 30, 20, 1982, 30, 7.51],
    ]);

    const quarter = await reportOf('2024-Q2');
    expect(quarter.totals.participants.byClientRoute).toEqual({
      self: 40,
      social_team: 40,
      social_services: 20,
      other_organisation: 20,
    });
    expect(quarter.totals.attendance).toMatchObject({ registered: 4291, openedDayParts: 390 });
    expect(quarter.totals.satisfaction.distribution.map((d) => d.count)).toEqual([
      0,
      0,
      0,
      0,
      0,
      0,
      22,
      null,
      23,
      null,
      0,
    ]);
    expect(quarter.totals.outflow.byKind).toEqual({
      paid_work: 15,
      education: null,
      volunteer_work: 15,
      other_provision: null,
      maatwerk: 15,
      stopped: 15,
      moved: null,
    });
    expect(categoryLines(quarter)).toEqual([
      ['living_room', 60, 0, 2140, 7.51, 45],
      ['day_activities', 20, 0, 1302, 7.73, 15],
      ['information_advice', 20, 0, 287, 7.13, 15],
      ['services', 20, 0, 562, 7.87, 15],
    ]);

    const month = await reportOf('2025-03');
    expect(month.totals.participants).toMatchObject({ active: 120, new: 30 });
    expect(month.totals.attendance.perWeek.slice(0, 2)).toEqual([
      { week: '2025-W09', registered: 7, anonymous: 0 },
      { week: '2025-W10', registered: 295, anonymous: 0 },
    ]);
    expect(month.totals.health.participant.perQuarter).toMatchObject([
      { quarter: '2025-Q1', participants: 30, measurements: 30 },
    ]);
    expect(provisionLines(month)).toEqual([
      ['Dagactiviteit Het Jekerpad', 20, 5, 423, 0, 7.8],
      ['Huiskamer De Lindeboom', 20, 5, 237, 0, 7.2],
      ['Huiskamer Het Trefpunt', 20, 5, 222, 0, 8.2],
      ['Informatiepunt Oost', 20, 5, 100, 0, 6.8],
      ['Klusteam Maas en Mergel', 20, 5, 158, 0, 7.8],
      ['Ontmoetingshuis Heer', 20, 5, 229, 0, 7.2],
    ]);
  });

  it('reads the nested periods in one pass exactly as each period on its own', async () => {
    const year = parseFixedPeriod('2025')!;
    const quarter = parseFixedPeriod('2024-Q4')!;
    const periods = [
      year,
      ...nestedFixedPeriods(year).inside,
      ...nestedFixedPeriods(quarter).around,
      quarter,
    ];
    expect(periods).toHaveLength(19);
    const together = await figuresPerPeriod(handle.db, periods, null);
    for (const [k, period] of periods.entries()) {
      const alone = await figuresPerProvision(handle.db, period, null);
      // Participants present are counted for the first period only.
      if (k > 0) for (const figures of alone.values()) figures.attendees = 0;
      expect(together[k], period.from + ' ' + period.to).toEqual(alone);
    }
    expect(together[0]!.size).toBe(6);
    expect([...together[0]!.values()].map((f) => f.attendees)).toEqual([30, 30, 30, 30, 30, 30]);
  });
});
