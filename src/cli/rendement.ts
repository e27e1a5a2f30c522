/**
 * `rendement <input.json>` (docs/command-line.md): the financial return of day activities, with
 * the same domain function the product's business cases use. Bad input is refused with exit
 * code 2 and one line on stderr that names the file and the field.
 */
import { checkRendementInput, computeRendement } from '../domain/return/rendement.ts';
import type { CommandResult } from './commands.ts';
import { andMore, readJsonInput, refuse } from './json-input.ts';

const USAGE = 'usage: npm run --silent cli -- rendement <input.json>';

export async function rendementCommand(args: string[]): Promise<CommandResult> {
  const [file] = args;
  if (file === undefined || args.length !== 1) {
    return refuse(`rendement needs exactly one input file; ${USAGE}`);
  }
  const read = await readJsonInput(file);
  if (!read.ok) return read.refusal;

  const checked = checkRendementInput(read.data);
  if (!checked.ok) {
    const [first, ...others] = checked.problems;
    const where = first && first.field !== '' ? `field ${first.field}: ` : '';
    return refuse(`${file}: ${where}${first?.message ?? 'is not valid'}${andMore(others.length)}`);
  }
  return {
    exitCode: 0,
    stdout: `${JSON.stringify(computeRendement(checked.input), null, 2)}\n`,
  };
}
