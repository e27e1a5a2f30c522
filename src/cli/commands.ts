/**
 * The command table. A command returns its JSON on stdout and its messages on stderr;
 * later capabilities add their commands here (tender rank, rendement, double-financing check).
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
};
