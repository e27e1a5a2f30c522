/**
 * Reading a command's JSON input file: a relative path from where the user typed the command,
 * UTF-8 (with or without byte-order mark), and one plain refusal line when it cannot be read.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CommandResult } from './commands.ts';

export type JsonInput = { ok: true; data: unknown } | { ok: false; refusal: CommandResult };

export function refuse(message: string): CommandResult {
  return { exitCode: 2, stderr: `${message}\n` };
}

/** " (and 2 more problems)" after the first problem of a file; nothing when there are none. */
export function andMore(others: number): string {
  return others === 0 ? '' : ` (and ${others} more problem${others === 1 ? '' : 's'})`;
}

export async function readJsonInput(file: string): Promise<JsonInput> {
  // `npm run` starts in the project root; INIT_CWD is where the user typed the command, so a
  // relative path means what they expect.
  const fullPath = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
  let bytes: Buffer;
  try {
    bytes = await readFile(fullPath);
  } catch (error) {
    return {
      ok: false,
      refusal: refuse(`${file}: cannot read the file (${readFailure(error)}: ${fullPath})`),
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, refusal: refuse(`${file}: is not UTF-8 text`) };
  }
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (error) {
    return {
      ok: false,
      refusal: refuse(`${file}: is not valid JSON (${oneLine(errorMessage(error))})`),
    };
  }
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
