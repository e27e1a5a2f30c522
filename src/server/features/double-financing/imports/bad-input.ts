/**
 * Bad input for the double-financing check: one plain-English line that names the file,
 * the record (line number) and the field, for the person who has to fix the file. The
 * message never quotes a BSN.
 */
export interface BadInputPlace {
  file: string;
  line?: number | null;
  field?: string | null;
}

export class BadInputError extends Error {
  readonly file: string;
  readonly line: number | null;
  readonly field: string | null;

  constructor(place: BadInputPlace, problem: string) {
    const line = place.line ?? null;
    const field = place.field ?? null;
    const where = [
      place.file,
      line === null ? null : `line ${line}`,
      field === null ? null : `field "${field}"`,
    ]
      .filter((part) => part !== null)
      .join(', ');
    // One line, always: a value quoted from a damaged file may hold line breaks or other
    // control characters, which are shown escaped (\n, \u0000).
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    const oneLine = /[\u0000-\u001f\u007f]/g;
    super(`${where}: ${problem}`.replace(oneLine, (c) => JSON.stringify(c).slice(1, -1)));
    this.name = 'BadInputError';
    this.file = place.file;
    this.line = line;
    this.field = field;
  }
}
