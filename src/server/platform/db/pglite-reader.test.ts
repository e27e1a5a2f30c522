import { PGlite, protocol } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeTextWithoutCopies } from './pglite-reader.ts';
import { pgliteTemplate } from '../../../../test/support/test-app.ts';

/** A DataRow message ('D') as PostgreSQL sends it: each value's length (-1: NULL), then its bytes. */
function dataRow(values: (string | null)[]): Uint8Array {
  const encoded = values.map((value) => (value === null ? null : new TextEncoder().encode(value)));
  const bodyLength = 4 + 2 + encoded.reduce((sum, bytes) => sum + 4 + (bytes?.length ?? 0), 0);
  const message = new Uint8Array(1 + bodyLength);
  const view = new DataView(message.buffer);
  message[0] = 'D'.charCodeAt(0);
  view.setInt32(1, bodyLength);
  view.setInt16(5, values.length);
  let at = 7;
  for (const bytes of encoded) {
    view.setInt32(at, bytes === null ? -1 : bytes.length);
    at += 4;
    if (bytes) {
      message.set(bytes, at);
      at += bytes.length;
    }
  }
  return message;
}

const VALUES = ['Céramique', '€ 1.234,56', '', null, 'Wyck 😀', 'Sint Pieter', 'ß'];

describe("PGlite's reader decoding text without copying it first", () => {
  let pglite: PGlite;

  beforeAll(async () => {
    pglite = await PGlite.create({ loadDataDir: await pgliteTemplate() });
  });

  afterAll(async () => {
    await pglite?.close();
  });

  it('is in place for the PGlite this repository installs', () => {
    // False means PGlite's reader changed shape: pglite-reader.ts then leaves it as it is.
    expect(decodeTextWithoutCopies()).toBe(true);
    expect(decodeTextWithoutCopies()).toBe(true);
  });

  it('reads every value of a row, multi-byte characters and NULL included, in two messages at once', () => {
    decodeTextWithoutCopies();
    const read: unknown[] = [];
    const first = dataRow(VALUES);
    const second = dataRow(['tweede', '5,00']);
    const both = new Uint8Array(first.length + second.length);
    both.set(first);
    both.set(second, first.length);
    new protocol.Parser().parse(both, (message) => read.push(message));
    expect(read).toEqual([
      expect.objectContaining({ name: 'dataRow', fields: VALUES }),
      expect.objectContaining({ name: 'dataRow', fields: ['tweede', '5,00'] }),
    ]);
  });

  it('gives a query the same text, column names and notices as PostgreSQL sent', async () => {
    decodeTextWithoutCopies();
    const notices: string[] = [];
    const result = await pglite.query<Record<string, string | null>>(
      `select 'Céramique' as "wijk é", '€ 1.234,56' as bedrag, '' as leeg, null as niets,
         'Wyck 😀' as emoji, repeat('ä', 3000) as lang`,
    );
    expect(result.fields.map((field) => field.name)).toEqual([
      'wijk é',
      'bedrag',
      'leeg',
      'niets',
      'emoji',
      'lang',
    ]);
    expect(result.rows).toEqual([
      {
        'wijk é': 'Céramique',
        bedrag: '€ 1.234,56',
        leeg: '',
        niets: null,
        emoji: 'Wyck 😀',
        lang: 'ä'.repeat(3000),
      },
    ]);
    await pglite.query(`do $$ begin raise notice 'Maastricht – €'; end $$`, [], {
      onNotice: (notice) => notices.push(notice.message ?? ''),
    });
    expect(notices).toEqual(['Maastricht – €']);
  });
});
