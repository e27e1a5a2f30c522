/** Dispatches command-line arguments to the command table. */
import { COMMANDS, type CommandResult } from './commands.ts';

function help(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(28)} ${c.summary}`);
  return ['Usage: npm run --silent cli -- <command> [args]', '', 'Commands:', ...lines, ''].join(
    '\n',
  );
}

export async function runCli(argv: string[]): Promise<CommandResult> {
  const [first, ...rest] = argv;
  if (first === undefined || first === 'help' || first === '--help' || first === '-h') {
    return { exitCode: 0, stderr: help() };
  }
  // Commands may have two words ("double-financing check"): try the longest name first.
  const two = rest[0] ? `${first} ${rest[0]}` : undefined;
  const name = two && two in COMMANDS ? two : first;
  const command = COMMANDS[name];
  if (!command) {
    return { exitCode: 2, stderr: `Unknown command "${first}".\n\n${help()}` };
  }
  return command.run(name === two ? rest.slice(1) : rest);
}
