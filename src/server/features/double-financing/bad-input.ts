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
    super(`${where}: ${problem}`);
    this.name = 'BadInputError';
    this.file = place.file;
    this.line = line;
    this.field = field;
  }
}
