import {
  REFERRAL_STATUS_LABELS,
  type ReferralStatus,
} from '../../../../domain/participants/referrals.ts';

const BADGE: Record<ReferralStatus, string> = {
  pending: 'sr-badge--late',
  accepted: 'sr-badge--active',
  declined: 'sr-badge--withdrawn',
  expired: 'sr-badge--withdrawn',
};

/** The status in words (colour only helps to scan a list). */
export function ReferralStatusText({ status }: { status: ReferralStatus }) {
  return <span className={`sr-badge ${BADGE[status]}`}>{REFERRAL_STATUS_LABELS[status]}</span>;
}
