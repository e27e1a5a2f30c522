import { Link } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { openingText } from '../../../../domain/participants/referrals.ts';
import { CATEGORY_LABELS } from '../../../../domain/tender/categories.ts';
import type { FinderProvision } from '../../../../server/features/referrals/referrals.schemas.ts';
import type { NeighbourhoodList } from '../../../../server/features/settings/settings.schemas.ts';
import { Alert } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { Facts } from '../../../components/facts.tsx';
import { referralsTexts } from '../texts.ts';
import { ReferralForm } from './referral-form.tsx';

const texts = referralsTexts.provision;

interface ProvisionCardProps {
  provision: FinderProvision;
  neighbourhoods: NeighbourhoodList;
  neighbourhoodCode: string | undefined;
  /** Only one form is open at a time. */
  open: boolean;
  onOpen: () => void;
  onClose: () => void;
}

/** One provision found: what, where, when, for whom; and the way to refer a resident to it. */
export function ProvisionCard({
  provision,
  neighbourhoods,
  neighbourhoodCode,
  open,
  onOpen,
  onClose,
}: ProvisionCardProps) {
  const [sent, setSent] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const headingId = `voorziening-${provision.id}`;
  const address = [provision.street, provision.postcode].filter(Boolean).join(', ');

  useEffect(() => {
    if (sent) noticeRef.current?.focus();
  }, [sent]);

  return (
    <article aria-labelledby={headingId} className="sr-card">
      <h3 id={headingId} className="utrecht-heading-3">
        {provision.name}
      </h3>
      <Facts
        rows={[
          [texts.organisation, provision.organisationName],
          [texts.category, CATEGORY_LABELS[provision.category]],
          [texts.address, address || texts.unknown],
          [
            texts.neighbourhood,
            provision.neighbourhoodName
              ? texts.neighbourhoodIn(provision.neighbourhoodName, provision.districtName)
              : texts.unknown,
          ],
          [texts.opening, openingText(provision.openingDayParts) || texts.unknown],
          [
            texts.targetGroups,
            provision.targetGroups.length > 0 ? provision.targetGroups.join(', ') : texts.unknown,
          ],
          [texts.accessibility, provision.accessibility ?? texts.unknown],
        ]}
      />
      {sent ? (
        <div ref={noticeRef} tabIndex={-1} className="sr-card__notice">
          <Alert type="ok" role="status">
            <p className="utrecht-paragraph">{referralsTexts.form.sent(provision.name)}</p>
            <p className="utrecht-paragraph">
              <Link to="/verwijzingen" className="utrecht-link utrecht-link--html-a">
                {referralsTexts.form.sentLink}
              </Link>
            </p>
          </Alert>
        </div>
      ) : null}
      {open ? (
        <ReferralForm
          provision={provision}
          neighbourhoods={neighbourhoods}
          neighbourhoodCode={neighbourhoodCode}
          onSent={() => {
            setSent(true);
            onClose();
          }}
          onCancel={() => {
            onClose();
            // Back to where the person came from.
            setTimeout(() => buttonRef.current?.focus(), 0);
          }}
        />
      ) : (
        <div className="sr-actions">
          <Button
            ref={buttonRef}
            appearance={sent ? 'secondary' : 'primary'}
            onClick={() => {
              setSent(false);
              onOpen();
            }}
          >
            {referralsTexts.finder.refer}
            <span className="sr-visually-hidden">
              {referralsTexts.finder.referTo(provision.name)}
            </span>
          </Button>
        </div>
      )}
    </article>
  );
}
