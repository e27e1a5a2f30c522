/**
 * A .zip of WMO301 messages, as municipalities receive them in batches. Every file in it
 * must be an .xml message; anything else refuses the zip (a stray spreadsheet is a
 * mistake, not something to skip silently). macOS resource-fork folders (`__MACOSX/`)
 * and folder entries are not files and are passed over. Sizes are checked before
 * anything is inflated, so a zip bomb is refused instead of filling the memory.
 */
import { unzipSync } from 'fflate';
import { BadInputError } from './bad-input.ts';

export const MAX_ENTRY_BYTES = 16 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 512 * 1024 * 1024;

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

/** The .xml files of a zip, in name order. */
export function readXmlEntries(zip: Uint8Array, file: string): ZipEntry[] {
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip, {
      filter: (entry) => {
        if (entry.name.endsWith('/') || entry.name.startsWith('__MACOSX/')) return false;
        if (!entry.name.toLowerCase().endsWith('.xml')) {
          throw new BadInputError(
            { file },
            `contains "${entry.name}", which is not an .xml file; a zip may hold only WMO301 messages`,
          );
        }
        total += entry.originalSize;
        if (entry.originalSize > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES) {
          throw new BadInputError(
            { file },
            `"${entry.name}" unpacks to more than a WMO301 message can be (limit ${MAX_ENTRY_BYTES / 1024 / 1024} MB per file, ${MAX_TOTAL_BYTES / 1024 / 1024} MB in all)`,
          );
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof BadInputError) throw error;
    throw new BadInputError(
      { file },
      `is not a readable zip file (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const entries = Object.entries(files)
    .map(([name, data]) => ({ name, data }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (entries.length === 0) {
    throw new BadInputError({ file }, 'contains no .xml files (WMO301 messages)');
  }
  return entries;
}
