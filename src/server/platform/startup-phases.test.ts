import { describe, expect, it } from 'vitest';
import { startupPhases } from './startup-phases.ts';

describe('the start-up phases', () => {
  it('name each phase in order with its own time, together the time since the process began', async () => {
    const phases = startupPhases();
    await new Promise((resolve) => setTimeout(resolve, 50));
    phases.mark('database-open');
    phases.mark('listen');

    const { phases: list, totalMs } = phases.summary();
    expect(list.map((p) => p.phase)).toEqual([
      'node-bootstrap',
      'module-loading',
      'database-open',
      'listen',
    ]);
    expect(list[2]!.ms).toBeGreaterThanOrEqual(49);
    const sum = list.reduce((total, p) => total + p.ms, 0);
    // Each figure is rounded to 0.1 ms.
    expect(Math.abs(sum - totalMs)).toBeLessThanOrEqual(0.3);
    expect(totalMs).toBeLessThanOrEqual(performance.now());
  });
});
