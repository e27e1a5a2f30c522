import { parse } from 'content-disposition';
import { describe, expect, it } from 'vitest';
import { asciiFilename, contentDisposition } from './downloads.ts';

describe('the name of a download', () => {
  it('keeps a Dutch name with accents for the browser, and spells it in ASCII for old clients', () => {
    const header = contentDisposition('Beschikking Stichting Één & Co.pdf');
    expect(header).toBe(
      `attachment; filename="Beschikking Stichting Een & Co.pdf"; filename*=UTF-8''Beschikking%20Stichting%20%C3%89%C3%A9n%20%26%20Co.pdf`,
    );
    // What a browser reads: filename* wins over filename.
    expect(parse(header)).toEqual({
      type: 'attachment',
      parameters: {
        filename: 'Beschikking Stichting Één & Co.pdf',
        'filename*': "UTF-8''Beschikking%20Stichting%20%C3%89%C3%A9n%20%26%20Co.pdf",
      },
    });
  });

  it('sends a plain ASCII name once, quoted where it must be', () => {
    expect(contentDisposition('beschikking-BS-2027-0001.pdf')).toBe(
      'attachment; filename=beschikking-BS-2027-0001.pdf',
    );
    expect(contentDisposition('rangschikking 2027.pdf')).toBe(
      'attachment; filename="rangschikking 2027.pdf"',
    );
  });

  it('escapes quotes and backslashes instead of ending the name early', () => {
    const header = contentDisposition('offerte "definitief" a\\b.pdf');
    expect(header).toBe('attachment; filename="offerte \\"definitief\\" a\\\\b.pdf"');
    expect(parse(header).parameters.filename).toBe('offerte "definitief" a\\b.pdf');
  });

  it('can ask the browser to show the file rather than save it', () => {
    expect(contentDisposition('toestemmingsformulier.pdf', { inline: true })).toBe(
      'inline; filename=toestemmingsformulier.pdf',
    );
  });

  it('replaces what has no ASCII spelling in the fallback', () => {
    expect(asciiFilename('Café Één.pdf')).toBe('Cafe Een.pdf');
    expect(asciiFilename('€ 500 ß.pdf')).toBe('_ 500 _.pdf');
    expect(parse(contentDisposition('€ 500.pdf')).parameters.filename).toBe('€ 500.pdf');
  });
});
