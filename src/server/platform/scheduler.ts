/**
 * Periodic tasks (deadline reminders, mail delivery) in the server process. Each task is
 * idempotent, so a restart or a second server does no harm; an error is logged and the
 * task runs again at the next tick.
 */
import type { FastifyBaseLogger } from 'fastify';

export interface ScheduledTask {
  name: string;
  run(now: Date): Promise<unknown>;
}

export function startScheduler(tasks: ScheduledTask[], intervalMs: number, log: FastifyBaseLogger) {
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = (async () => {
      for (const task of tasks) {
        try {
          await task.run(new Date());
        } catch (error) {
          log.error({ err: error, task: task.name }, 'scheduled task failed');
        }
      }
    })().finally(() => {
      running = null;
    });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return {
    /** Stops the ticks and waits for a run in progress. */
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

/**
 * A task that does its work at most once per day (in Amsterdam) in this process, for work
 * that scans large tables; the first tick after start-up runs it, unless `startUp` is
 * 'skip': then its first day is the next one (for upkeep whose result outlives a restart).
 */
export function oncePerDay(
  task: ScheduledTask,
  dayOf: (now: Date) => string,
  { startUp = 'run' }: { startUp?: 'run' | 'skip' } = {},
): ScheduledTask {
  let lastDay: string | null = null;
  return {
    name: task.name,
    async run(now) {
      const day = dayOf(now);
      if (lastDay === null && startUp === 'skip') lastDay = day;
      if (day === lastDay) return undefined;
      const result = await task.run(now);
      lastDay = day;
      return result;
    },
  };
}
