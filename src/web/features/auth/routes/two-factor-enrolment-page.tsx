import '../two-factor.css';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { requiresTwoFactor } from '../../../../domain/two-factor.ts';
import { ApiError } from '../../../app/api-client.ts';
import { useMe } from '../../../app/queries.ts';
import { ErrorMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { Facts } from '../../../components/facts.tsx';
import { Page } from '../../../components/page.tsx';
import { useConfirmEnrolment, useStartEnrolment } from '../api/two-factor-api.ts';
import { RecoveryCodeList } from '../components/recovery-code-list.tsx';
import { TotpCodeForm } from '../components/totp-code-form.tsx';
import { securityTexts } from '../security-texts.ts';

const texts = securityTexts.enrolment;

/** The secret in groups of four, as apps ask for it to be typed. */
const grouped = (secret: string) => secret.replace(/(.{4})(?=.)/g, '$1 ');

/**
 * Enrolling an authenticator app: a new secret as QR code and text, confirmed with the app's
 * first code; then the recovery codes, shown this once.
 */
export function TwoFactorEnrolmentPage() {
  const me = useMe();
  const navigate = useNavigate();
  const start = useStartEnrolment();
  const confirm = useConfirmEnrolment();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  // Whether this login waited for enrolment, as it was when the page opened.
  const [waitedForEnrolment] = useState(me?.pendingStep === 'two_factor_enrolment');
  const doneHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (recoveryCodes) doneHeading.current?.focus();
  }, [recoveryCodes]);

  const required = waitedForEnrolment || (me !== null && requiresTwoFactor(me.roles));
  const enrolment = start.data;
  const startError =
    start.error instanceof ApiError && start.error.code === 'TWO_FACTOR_ALREADY_ENROLLED'
      ? texts.alreadyOn
      : start.error
        ? start.error.message
        : null;

  return (
    <Page title={texts.title}>
      {recoveryCodes ? null : (
        <p className="utrecht-paragraph">{required ? texts.required : texts.optional}</p>
      )}
      {recoveryCodes ? (
        <section aria-labelledby="ingesteld-titel" className="sr-section">
          <h2 id="ingesteld-titel" className="utrecht-heading-2" tabIndex={-1} ref={doneHeading}>
            {texts.doneTitle}
          </h2>
          <RecoveryCodeList codes={recoveryCodes} />
          <div className="sr-actions">
            <Button
              onClick={() => void navigate({ to: waitedForEnrolment ? '/' : '/mijn-account' })}
            >
              {texts.continue}
            </Button>
          </div>
        </section>
      ) : enrolment ? (
        <>
          <section aria-labelledby="scannen-titel" className="sr-section">
            <h2 id="scannen-titel" className="utrecht-heading-2">
              {texts.scanTitle}
            </h2>
            <p className="utrecht-paragraph">{texts.scan}</p>
            <img
              className="sr-qr-code"
              src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrolment.qrSvg)}`}
              alt={texts.qrAlt}
            />
            <p className="utrecht-paragraph">{texts.manual}</p>
            <Facts
              rows={[
                [texts.issuer, enrolment.issuer],
                [texts.account, enrolment.accountName],
                [
                  texts.secret,
                  <span className="sr-code" translate="no" key="secret">
                    {grouped(enrolment.secret)}
                  </span>,
                ],
                [texts.kind, texts.kindValue],
              ]}
            />
          </section>
          <section aria-labelledby="bevestigen-titel" className="sr-section">
            <h2 id="bevestigen-titel" className="utrecht-heading-2">
              {texts.confirmTitle}
            </h2>
            <TotpCodeForm
              id="instellen-code"
              label={texts.code}
              hint={texts.codeHint}
              submit={texts.confirm}
              failed={texts.failed}
              onCode={async (body) => {
                setRecoveryCodes((await confirm.mutateAsync(body)).recoveryCodes);
                return null;
              }}
            />
          </section>
        </>
      ) : (
        <>
          <p className="utrecht-paragraph">{texts.appHint}</p>
          <ErrorMessage>{startError}</ErrorMessage>
          <div className="sr-actions">
            <Button busy={start.isPending} onClick={() => start.mutate()}>
              {texts.start}
            </Button>
          </div>
        </>
      )}
    </Page>
  );
}
