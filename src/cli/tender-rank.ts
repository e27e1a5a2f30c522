/**
 * `tender rank <input.json>` (docs/command-line.md): ranks and allocates one category of a round
 * from a file, with the same domain rule the web application uses. Bad input is refused with
 * exit code 2 and one line on stderr that names the file, the application and the field.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { rankAndAllocate } from '../domain/tender/rank-and-allocate.ts';
import {
  describeTenderInputProblem,
  parseTenderRankInput,
} from '../domain/tender/tender-rank-input.ts';
import type { CommandResult } from './commands.ts';

const USAGE = 'usage: npm run --silent cli -- tender rank <input.json>';

export async function tenderRank(args: string[]): Promise<CommandResult> {
  const [file] = args;
  if (file === undefined || args.length !== 1) {
    return refuse(`tender rank needs exactly one input file; ${USAGE}`);
  }
  // `npm run` starts in the project root; INIT_CWD is where the user typed the command, so a
  // relative path means what they expect.
  const fullPath = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);

  let bytes: Buffer;
  try {
    bytes = await readFile(fullPath);
  } catch (error) {
    return refuse(`${file}: cannot read the file (${readFailure(error)}: ${fullPath})`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return refuse(`${file}: is not UTF-8 text`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return refuse(`${file}: is not valid JSON (${oneLine(errorMessage(error))})`);
  }

  const parsed = parseTenderRankInput(data);
  if (!parsed.ok) {
    const [first, ...others] = parsed.problems;
    const more =
      others.length === 0
        ? ''
        : ` (and ${others.length} more problem${others.length === 1 ? '' : 's'})`;
    return refuse(`${file}: ${first ? describeTenderInputProblem(first) : 'is not valid'}${more}`);
  }
  return {
    exitCode: 0,
    stdout: `${JSON.stringify(rankAndAllocate(parsed.input), null, 2)}\n`,
  };
}

function refuse(message: string): CommandResult {
  return { exitCode: 2, stderr: `${message}\n` };
}

function readFailure(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return typeof code === 'string' ? code : oneLine(errorMessage(error));
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
