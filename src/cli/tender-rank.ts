/**
 * `tender rank <input.json>` (docs/command-line.md): ranks and allocates one category of a round
 * from a file, with the same domain rule the web application uses. Bad input is refused with
 * exit code 2 and one line on stderr that names the file, the application and the field.
 */
import { rankAndAllocate } from '../domain/tender/rank-and-allocate.ts';
import {
  describeTenderInputProblem,
  parseTenderRankInput,
} from '../domain/tender/tender-rank-input.ts';
import type { CommandResult } from './commands.ts';
import { andMore, readJsonInput, refuse } from './json-input.ts';

const USAGE = 'usage: npm run --silent cli -- tender rank <input.json>';

export async function tenderRank(args: string[]): Promise<CommandResult> {
  const [file] = args;
  if (file === undefined || args.length !== 1) {
    return refuse(`tender rank needs exactly one input file; ${USAGE}`);
  }
  const read = await readJsonInput(file);
  if (!read.ok) return read.refusal;

  const parsed = parseTenderRankInput(read.data);
  if (!parsed.ok) {
    const [first, ...others] = parsed.problems;
    return refuse(
      `${file}: ${first ? describeTenderInputProblem(first) : 'is not valid'}${andMore(others.length)}`,
    );
  }
  return {
    exitCode: 0,
    stdout: `${JSON.stringify(rankAndAllocate(parsed.input), null, 2)}\n`,
  };
}
