import { describe, expect, it } from 'vitest';
import { oncePerDay } from './scheduler.ts';

describe('a task once per day', () => {
  it('runs on the first tick of each day only, and again after a failed run', async () => {
    const runs: string[] = [];
    let fail = false;
    const task = oncePerDay(
      {
        name: 'wmo-retention',
        run: async (now) => {
          if (fail) throw new Error('database busy');
          runs.push(now.toISOString());
        },
      },
      (now) => now.toISOString().slice(0, 10),
    );
    await task.run(new Date('2026-09-15T10:00:00Z'));
    await task.run(new Date('2026-09-15T10:01:00Z'));
    fail = true;
    await expect(task.run(new Date('2026-09-16T00:00:00Z'))).rejects.toThrow('database busy');
    fail = false;
    await task.run(new Date('2026-09-16T00:01:00Z'));
    await task.run(new Date('2026-09-16T23:59:00Z'));
    expect(runs).toEqual(['2026-09-15T10:00:00.000Z', '2026-09-16T00:01:00.000Z']);
  });

  it('with startUp skip, waits for the next day before its first run', async () => {
    const runs: string[] = [];
    const task = oncePerDay(
      { name: 'planner-statistics', run: async (now) => runs.push(now.toISOString()) },
      (now) => now.toISOString().slice(0, 10),
      { startUp: 'skip' },
    );
    await task.run(new Date('2026-09-15T10:00:00Z'));
    await task.run(new Date('2026-09-15T23:59:00Z'));
    await task.run(new Date('2026-09-16T00:00:00Z'));
    await task.run(new Date('2026-09-16T12:00:00Z'));
    await task.run(new Date('2026-09-17T00:01:00Z'));
    expect(runs).toEqual(['2026-09-16T00:00:00.000Z', '2026-09-17T00:01:00.000Z']);
  });
});
