/** The second factor: one schema per form and API body, shared with the web app. */
import { z } from 'zod';
import { isRecoveryCodeShape, isTotpCodeShape } from '../../../domain/two-factor.ts';
import { meSchema } from './auth.schemas.ts';

export const TOTP_CODE_MESSAGE = 'Vul de zes cijfers in die uw authenticator-app nu toont.';
export const RECOVERY_CODE_MESSAGE =
  'Vul een van uw herstelcodes in: tien tekens, bijvoorbeeld abcde-12345.';

export const secondFactorMethodSchema = z.enum(['totp', 'recovery_code']);
export type SecondFactorMethod = z.infer<typeof secondFactorMethodSchema>;

/** The second step of logging in: the app's current code, or one of the recovery codes. */
export const secondFactorBodySchema = z
  .object({
    method: secondFactorMethodSchema.default('totp'),
    code: z.string().trim().max(64, { message: 'Deze code is te lang.' }),
  })
  .superRefine((body, context) => {
    const fits =
      body.method === 'totp' ? isTotpCodeShape(body.code) : isRecoveryCodeShape(body.code);
    if (fits) return;
    context.addIssue({
      code: 'custom',
      path: ['code'],
      message:
        body.code === ''
          ? 'Vul de code in.'
          : body.method === 'totp'
            ? TOTP_CODE_MESSAGE
            : RECOVERY_CODE_MESSAGE,
    });
  });
export type SecondFactorBody = z.input<typeof secondFactorBodySchema>;

/** A code of the app, to confirm enrolment or a change to one's own second factor. */
export const totpCodeBodySchema = z.object({
  code: z
    .string()
    .trim()
    .max(64, { message: 'Deze code is te lang.' })
    .refine(isTotpCodeShape, { message: TOTP_CODE_MESSAGE }),
});
export type TotpCodeBody = z.infer<typeof totpCodeBodySchema>;

/** What the app needs to make codes: shown once, while enrolling, never again. */
export const enrolmentSchema = z.object({
  /** The secret in base 32, for typing into an app that cannot scan. */
  secret: z.string(),
  /** The otpauth:// address the QR code holds. */
  otpauthUri: z.string(),
  qrSvg: z.string(),
  issuer: z.string(),
  accountName: z.string(),
});
export type Enrolment = z.infer<typeof enrolmentSchema>;

export const recoveryCodesSchema = z.object({
  /** Shown once; only their hashes are kept. */
  recoveryCodes: z.array(z.string()),
});

export const enrolmentConfirmedSchema = recoveryCodesSchema.extend({
  /** Who is logged in now: a login that waited for enrolment is complete. */
  me: meSchema,
});

export const twoFactorStatusSchema = z.object({
  enrolled: z.boolean(),
  /** The account's role requires a second factor: it cannot be turned off. */
  required: z.boolean(),
  enrolledAt: z.iso.datetime({ offset: true }).nullable(),
  recoveryCodesLeft: z.number().int().min(0),
});
export type TwoFactorStatus = z.infer<typeof twoFactorStatusSchema>;

export const userTwoFactorParamsSchema = z.object({ userId: z.uuid() });

/** The demo accounts' codes for the login page: their secret is public, in the source. */
export const demoCodesSchema = z.object({
  codes: z.array(
    z.object({
      email: z.string(),
      /** null while the next code is not there yet (both usable codes were just used). */
      code: z.string().nullable(),
      /** When the app would show the next code. */
      nextAt: z.iso.datetime({ offset: true }),
    }),
  ),
});
export type DemoCodes = z.infer<typeof demoCodesSchema>;
