/**
 * A refused Wmo import says which value was wrong, but a stored refusal holds no BSN: a
 * nine-digit number in its message is masked to its first two digits (docs/privacy/logging.md).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  createTestApp,
  loginAs,
  type Session,
  type TestContext,
} from '../../../../../test/support/test-app.ts';
import { wmoImports } from '../../../platform/db/schema.ts';
import type { WmoImport } from '../double-financing.schemas.ts';

let ctx: TestContext;
let analyst: Session;
beforeAll(async () => {
  ctx = await createTestApp({}, () => new Date('2026-09-15T10:00:00Z'));
  analyst = await loginAs(ctx.app, 'wmo_analyst@demo.example');
});
afterAll(() => ctx.close());

function upload(name: string, data: string) {
  const boundary = '----wmo-refusal-test';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${name}"\r\nContent-Type: text/csv\r\n\r\n`,
    ),
    Buffer.from(data),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return ctx.app.inject({
    method: 'POST',
    url: '/api/wmo/imports',
    headers: { ...as(analyst), 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: body,
  });
}

describe('a refused Wmo import', () => {
  it('names the wrong value with a BSN in the wrong column masked, in the answer and the database', async () => {
    // The back office put the BSN in the AGB column by mistake.
    const queued = await upload(
      'export-sept.csv',
      [
        'bsn,agb,allocationNumber,category,product,start,end',
        '111222333,111222333,A-1,07,,2026-01-01,',
        '',
      ].join('\n'),
    );
    expect(queued.statusCode, queued.body).toBe(202);
    const [item] = queued.json<{ items: WmoImport[] }>().items;
    await ctx.app.jobs.kick();

    const polled = await ctx.app.inject({
      method: 'GET',
      url: `/api/wmo/imports/${item!.id}`,
      headers: as(analyst),
    });
    expect(polled.json<WmoImport>()).toMatchObject({
      status: 'refused',
      recordsImported: 0,
      refused: [
        {
          file: 'export-sept.csv',
          record: 2,
          field: 'agb',
          reason:
            'export-sept.csv, line 2, field "agb": "11*******" is not an AGB code of eight digits',
        },
      ],
    });
    const stored = await ctx.handle.db.select({ refused: wmoImports.refused }).from(wmoImports);
    expect(JSON.stringify(stored)).not.toContain('111222333');
  });
});
