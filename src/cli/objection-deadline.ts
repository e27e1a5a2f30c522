/**
 * `objection-deadline <YYYY-MM-DD>` (docs/command-line.md): the last day to object against a
 * decision sent on that day, with the same domain rule the letters, e-mails and pages use
 * (docs/rules/objection-term.md).
 */
import { isValidDay } from '../domain/dates.ts';
import { objectionTerm } from '../domain/tender/objection.ts';
import type { CommandResult } from './commands.ts';

const USAGE = 'usage: npm run --silent cli -- objection-deadline <YYYY-MM-DD>';

export function objectionDeadlineCommand(args: string[]): CommandResult {
  const [sent] = args;
  if (sent === undefined || args.length !== 1) {
    return refuse(
      `objection-deadline needs exactly one date, the day the decision was sent; ${USAGE}`,
    );
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(sent)) {
    return refuse(`objection-deadline: "${sent}" is not a date written as YYYY-MM-DD; ${USAGE}`);
  }
  if (!isValidDay(sent)) {
    return refuse(`objection-deadline: ${sent} is not a day that exists in the calendar`);
  }
  return { exitCode: 0, stdout: `${JSON.stringify(objectionTerm(sent), null, 2)}\n` };
}

function refuse(message: string): CommandResult {
  return { exitCode: 2, stderr: `${message}\n` };
}
