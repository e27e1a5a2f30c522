import { describe, expect, it } from 'vitest';
import { emailSchema, normaliseEmail } from './email.ts';

describe('e-mail addresses', () => {
  it('are compared without case and surrounding spaces', () => {
    expect(normaliseEmail('  Admin@Demo.Example ')).toBe('admin@demo.example');
    expect(emailSchema.parse(' Policy_Officer@DEMO.example')).toBe('policy_officer@demo.example');
  });

  it('refuse text that is no address, with a Dutch message', () => {
    const result = emailSchema.safeParse('jan@');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.',
    );
  });
});
