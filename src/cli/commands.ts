/**
 * The command table. A command returns its JSON on stdout and its messages on stderr;
 * later capabilities add their commands here (tender rank, rendement, double-financing check,
 * objection-deadline).
 */
export interface CommandResult {
  exitCode: number;
  stdout?: string;
  stderr?: string;
}

export interface Command {
  summary: string;
  run(args: string[]): Promise<CommandResult>;
}

export const COMMANDS: Record<string, Command> = {
  version: {
    summary: 'print the product version as JSON',
    async run() {
      const { readFile } = await import('node:fs/promises');
      const pkg = JSON.parse(
        await readFile(new URL('../../package.json', import.meta.url), 'utf8'),
      ) as {
        name: string;
        version: string;
      };
      return {
        exitCode: 0,
        stdout: `${JSON.stringify({ name: pkg.name, version: pkg.version })}\n`,
      };
    },
  },
  'tender rank': {
    summary: 'rank one category of a round and allocate its ceiling: tender rank <input.json>',
    async run(args) {
      const { tenderRank } = await import('./tender-rank.ts');
      return tenderRank(args);
    },
  },
  rendement: {
    summary:
      'the financial return of day activities (maatwerk avoided against subsidy): rendement <input.json>',
    async run(args) {
      const { rendementCommand } = await import('./rendement.ts');
      return rendementCommand(args);
    },
  },
  'objection-deadline': {
    summary:
      'the last day to object against a decision sent on a day (Awb, Atw): objection-deadline <YYYY-MM-DD>',
    async run(args) {
      const { objectionDeadlineCommand } = await import('./objection-deadline.ts');
      return objectionDeadlineCommand(args);
    },
  },
  'admin create': {
    summary:
      'create an administrator with a one-time password printed on stdout: admin create <e-mail> [--name "<name>"]',
    async run(args) {
      const { adminCreate } = await import('./installation.ts');
      return adminCreate(args);
    },
  },
  backup: {
    summary: 'copy the embedded database (server stopped) to a file: backup <file.tar.gz>',
    async run(args) {
      const { backupCommand } = await import('./installation.ts');
      return backupCommand(args);
    },
  },
  restore: {
    summary:
      'restore a backup into an empty DATA_DIR (--force replaces a database): restore <file.tar.gz> [--force]',
    async run(args) {
      const { restoreCommand } = await import('./installation.ts');
      return restoreCommand(args);
    },
  },
  'double-financing check': {
    summary:
      'match participants against Wmo allocations: double-financing check --participants <csv> --allocations <file> ...',
    async run(args) {
      const { runDoubleFinancingCheck } = await import('./double-financing-check.ts');
      return runDoubleFinancingCheck(args);
    },
  },
};
