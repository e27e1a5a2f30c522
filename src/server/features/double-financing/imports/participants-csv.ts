/**
 * The participants file of a provision: `provision,bsn,consent,start,end`. Without
 * consent the BSN is not read at all (the provision may leave it empty): such a
 * participant is only counted.
 */
import { parsePeriod } from '../../../../domain/periods.ts';
import { BadInputError } from './bad-input.ts';
import { readCsvDay, readCsvTable, restoreLeadingZeros } from './csv-reader.ts';
import {
  BSN_REJECTED,
  type IdentifyPerson,
  type ParticipantRecord,
  type ReadFile,
} from './records.ts';

export const PARTICIPANT_COLUMNS = ['provision', 'bsn', 'consent', 'start', 'end'] as const;

export function readParticipantsCsv(
  bytes: Uint8Array,
  file: string,
  identify: IdentifyPerson,
): ReadFile<ParticipantRecord> {
  const result: ReadFile<ParticipantRecord> = { records: [], rejected: [] };
  const table = readCsvTable(bytes, file, PARTICIPANT_COLUMNS);
  for (const { line, values: raw } of table.rows) {
    const values = {
      ...raw,
      bsn: restoreLeadingZeros(raw.bsn, 9, table.dialect),
      start: readCsvDay(raw.start, { file, line, field: 'start' }),
      end: readCsvDay(raw.end, { file, line, field: 'end' }),
    };
    if (values.provision === '') {
      throw new BadInputError({ file, line, field: 'provision' }, 'is empty; name the provision');
    }
    const consentText = values.consent.toLowerCase();
    if (consentText !== 'yes' && consentText !== 'no') {
      throw new BadInputError(
        { file, line, field: 'consent' },
        `"${values.consent}" must be yes or no`,
      );
    }
    const period = parsePeriod(values.start, values.end);
    if (!period.ok) throw new BadInputError({ file, line, field: period.field }, period.reason);
    const consent = consentText === 'yes';
    let person: string | null = null;
    if (consent) {
      person = identify(values.bsn);
      if (person === null) result.rejected.push({ file, line, reason: BSN_REJECTED });
    }
    result.records.push({ provision: values.provision, consent, person, ...period.period });
  }
  return result;
}
