/**
 * `npm run --silent cli -- <command> [args]`: the product's rules, checkable on a file
 * without the web interface (docs/command-line.md). stdout carries only the JSON result;
 * messages go to stderr. Exit 0 on success, 2 on bad input.
 */
import { keepWasmCode } from '../server/platform/wasm-code.ts';
import { runCli } from './run-cli.ts';

// `restore` closes the engine it checked the backup with and opens the restored database.
keepWasmCode();
const result = await runCli(process.argv.slice(2));
if (result.stdout !== undefined) process.stdout.write(result.stdout);
if (result.stderr)
  process.stderr.write(result.stderr.endsWith('\n') ? result.stderr : `${result.stderr}\n`);
process.exitCode = result.exitCode;
