import { describe, expect, it } from 'vitest';
import { defaultSchemeDefinition } from '../../../domain/tender/scheme-definition.ts';
import { conditionsVerdict } from './assessment.service.ts';

const definition = defaultSchemeDefinition();
const met = (codes: string[]) => codes.map((conditionCode) => ({ conditionCode, met: true }));

describe('the chair’s verdict on the general conditions', () => {
  it('includes the regulation’s scope: an initiative run by a professional organisation fails', () => {
    const others = ['board', 'vog', 'administration', 'open_to_everyone'];
    expect(conditionsVerdict(definition, met(others))).toBeNull();
    expect(
      conditionsVerdict(definition, [
        ...met(others),
        { conditionCode: 'not_professional', met: false },
      ]),
    ).toBe(false);
    expect(conditionsVerdict(definition, met(['not_professional', ...others]))).toBe(true);
  });
});
