/**
 * Where a start-up spends its time: the milliseconds of each phase, from the moment the
 * process began, and the processor time the process used in it (on a busy machine the two
 * differ: the difference is time spent waiting for a processor or for the disk). `main.ts`
 * logs them at debug ("startup phases"), and bench/startup reads that line.
 */
import { performance } from 'node:perf_hooks';

export interface StartupPhase {
  phase: string;
  ms: number;
  cpuMs: number;
}

export interface StartupPhases {
  /** Closes the phase that ran since the previous mark (or since the process began). */
  mark(phase: string): void;
  /** The phases so far, in order, and their totals since the process began. */
  summary(): { phases: StartupPhase[]; totalMs: number; totalCpuMs: number };
}

const round = (ms: number) => Math.round(ms * 10) / 10;
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * Starts the record with what ran before any of our code: Node's own bootstrap, and the
 * loading of the modules imported up to now. Their processor time is not known apart: it is
 * all counted in module-loading.
 */
export function startupPhases(): StartupPhases {
  const bootstrap = performance.nodeTiming.bootstrapComplete;
  let last = performance.now();
  let lastCpu = cpuMs();
  const phases: StartupPhase[] = [
    { phase: 'node-bootstrap', ms: round(bootstrap), cpuMs: 0 },
    { phase: 'module-loading', ms: round(last - bootstrap), cpuMs: round(lastCpu) },
  ];
  return {
    mark(phase) {
      const now = performance.now();
      const cpu = cpuMs();
      phases.push({ phase, ms: round(now - last), cpuMs: round(cpu - lastCpu) });
      last = now;
      lastCpu = cpu;
    },
    summary: () => ({ phases: [...phases], totalMs: round(last), totalCpuMs: round(lastCpu) }),
  };
}
