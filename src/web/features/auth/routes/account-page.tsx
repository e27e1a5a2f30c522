import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { formatAmsterdamMoment } from '../../../../domain/dates.ts';
import { ROLE_LABELS } from '../../../../domain/roles.ts';
import type { TwoFactorStatus } from '../../../../server/features/auth/two-factor.schemas.ts';
import { useMe } from '../../../app/queries.ts';
import { Facts } from '../../../components/facts.tsx';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import {
  twoFactorStatusQueryOptions,
  useDisableTwoFactor,
  useRenewRecoveryCodes,
} from '../api/two-factor-api.ts';
import { RecoveryCodeList } from '../components/recovery-code-list.tsx';
import { TotpCodeForm } from '../components/totp-code-form.tsx';
import { securityTexts } from '../security-texts.ts';

const texts = securityTexts.account;

/** Everyone's own account: who they are, and their second factor. */
export function AccountPage() {
  const me = useMe();
  const status = useQuery(twoFactorStatusQueryOptions);
  if (!me) return null;
  return (
    <Page title={texts.title}>
      <Facts
        rows={[
          [texts.name, me.name],
          [texts.email, me.email],
          [texts.roles, me.roles.map((role) => ROLE_LABELS[role]).join(', ')],
        ]}
      />
      <section aria-labelledby="twee-stappen-titel" className="sr-section">
        <h2 id="twee-stappen-titel" className="utrecht-heading-2">
          {texts.twoFactorTitle}
        </h2>
        {status.isPending ? <Loading /> : null}
        {status.isError ? (
          <LoadError error={status.error} onRetry={() => void status.refetch()} />
        ) : null}
        {status.data ? <TwoFactorSettings status={status.data} /> : null}
      </section>
    </Page>
  );
}

function TwoFactorSettings({ status }: { status: TwoFactorStatus }) {
  const renew = useRenewRecoveryCodes();
  const disable = useDisableTwoFactor();
  const [newCodes, setNewCodes] = useState<string[] | null>(null);

  if (!status.enrolled || !status.enrolledAt) {
    return (
      <>
        <p className="utrecht-paragraph">{status.required ? texts.requiredNote : texts.off}</p>
        <p className="utrecht-paragraph">
          <Link to="/tweestapsverificatie" className="utrecht-link utrecht-link--html-a">
            {texts.turnOn}
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <p className="utrecht-paragraph">
        {texts.on(formatAmsterdamMoment(new Date(status.enrolledAt)))}{' '}
        {status.required ? texts.requiredNote : null}
      </p>
      <p className="utrecht-paragraph">{texts.codesLeft(status.recoveryCodesLeft)}</p>

      <h3 className="utrecht-heading-3">{texts.renewTitle}</h3>
      <p className="utrecht-paragraph">{texts.renewIntro}</p>
      <TotpCodeForm
        id="herstelcodes-code"
        label={texts.renewCode}
        submit={texts.renew}
        failed={texts.failed}
        onCode={async (body) => {
          setNewCodes((await renew.mutateAsync(body)).recoveryCodes);
          return texts.renewed;
        }}
      />
      {newCodes ? <RecoveryCodeList codes={newCodes} /> : null}

      {status.required ? null : (
        <>
          <h3 className="utrecht-heading-3">{texts.offTitle}</h3>
          <p className="utrecht-paragraph">{texts.offIntro}</p>
          <TotpCodeForm
            id="uitzetten-code"
            label={texts.offCode}
            submit={texts.turnOff}
            failed={texts.failed}
            onCode={async (body) => {
              await disable.mutateAsync(body);
              return texts.turnedOff;
            }}
          />
        </>
      )}
    </>
  );
}
