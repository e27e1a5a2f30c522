/**
 * `double-financing check --participants <csv> --allocations <file> [...]`
 * (docs/command-line.md): participants of general provisions against Wmo allocations of
 * begeleiding groep, by the rule of docs/rules/double-financing.md.
 * stdout carries only the JSON; bad input gives exit code 2 and one line on stderr.
 */
import { parseArgs } from 'node:util';
import { PRODUCT_CATEGORY, PRODUCT_CODE } from '../domain/double-financing/scope.ts';
import { BadInputError } from '../server/features/double-financing/imports/bad-input.ts';
import { checkFiles } from '../server/features/double-financing/matching/check-files.ts';
import {
  PseudonymKeyError,
  RANDOM_KEY_NOTICE,
  pseudonymKeyFromEnv,
} from '../server/platform/pseudonym.ts';
import type { CommandResult } from './commands.ts';

export const USAGE =
  'usage: double-financing check --participants <file.csv> --allocations <file> [--allocations <file> ...] [--categories 07[,02...]] [--products 07A12[,...]]';

function refused(message: string, notices: string[] = []): CommandResult {
  return { exitCode: 2, stderr: [...notices, message].join('\n') };
}

/** A comma-separated option as a list, each item checked against `pattern`. */
function listOption(
  name: string,
  value: string | undefined,
  pattern: RegExp,
  what: string,
): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value.split(',').map((item) => item.trim());
  const wrong = items.find((item) => !pattern.test(item));
  if (wrong !== undefined) {
    throw new UsageError(`--${name}: "${wrong}" is not ${what}`);
  }
  return items;
}

class UsageError extends Error {}

export async function runDoubleFinancingCheck(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<CommandResult> {
  let options;
  try {
    const parsed = parseArgs({
      args,
      options: {
        participants: { type: 'string', multiple: true },
        allocations: { type: 'string', multiple: true },
        categories: { type: 'string' },
        products: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    });
    const participants = parsed.values.participants ?? [];
    const allocations = parsed.values.allocations ?? [];
    if (participants.length !== 1) {
      throw new UsageError('give exactly one --participants file');
    }
    if (allocations.length === 0) throw new UsageError('give at least one --allocations file');
    options = {
      participants: participants[0] as string,
      allocations,
      categories: listOption(
        'categories',
        parsed.values.categories,
        PRODUCT_CATEGORY,
        'an iWmo product category of two digits, such as 07',
      ),
      products: listOption(
        'products',
        parsed.values.products,
        PRODUCT_CODE,
        'an iWmo product code of one to five characters, such as 07A12',
      ),
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return refused(`double-financing check: ${message.replace(/\s+/g, ' ')}; ${USAGE}`);
  }

  let key;
  try {
    key = pseudonymKeyFromEnv(env);
  } catch (error) {
    if (error instanceof PseudonymKeyError) return refused(error.message);
    throw error;
  }
  const notices = key.random ? [RANDOM_KEY_NOTICE] : [];

  try {
    const result = await checkFiles({
      ...options,
      key: key.key,
      onNotice: (line) => notices.push(line),
    });
    return {
      exitCode: 0,
      stdout: `${JSON.stringify(result, null, 2)}\n`,
      ...(notices.length > 0 ? { stderr: notices.join('\n') } : {}),
    };
  } catch (error) {
    if (error instanceof BadInputError) return refused(error.message, notices);
    throw error;
  }
}
