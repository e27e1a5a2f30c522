import { describe, expect, it } from 'vitest';
import { BadInputError } from './bad-input.ts';

describe('a bad-input message', () => {
  it('stays on one line when it quotes a value with line breaks', () => {
    const error = new BadInputError(
      { file: 'm.xml', line: 9, field: 'Ontvanger' },
      '"4\n2\u0000" is not an 8-digit AGB code',
    );
    expect(error.message).toBe(
      'm.xml, line 9, field "Ontvanger": "4\\n2\\u0000" is not an 8-digit AGB code',
    );
    expect(error.message).not.toContain('\n');
  });
});
