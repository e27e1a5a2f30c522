/**
 * The impact report of a fund initiative (docs/rules/sif-initiatives.md, "Impact follow-up"),
 * shown on the initiative and beside the settlement review of its grant.
 */
import { NOT_AVAILABLE, type ImpactReport } from '../../domain/sif/impact.ts';
import { Facts } from './facts.tsx';

const texts = {
  title: 'Impactverslag',
  reach: 'Bereik (actieve deelnemers)',
  referred: 'Via het sociaal team',
  fewer: 'Verwijzingen door sociaal team of sociale dienst, geaccepteerd',
  change: 'Structurele verandering',
} as const;

export function ImpactReportSection({ impact, id }: { impact: ImpactReport; id: string }) {
  return (
    <section aria-labelledby={id} className="sr-section">
      <h2 id={id} className="utrecht-heading-2">
        {texts.title}
      </h2>
      <Facts
        rows={[
          [
            texts.reach,
            impact.reach ? String(impact.reach.participants ?? '–') : NOT_AVAILABLE.reach,
          ],
          ...(impact.reach
            ? [[texts.referred, String(impact.reach.referredByTeams ?? '–')] as [string, string]]
            : []),
          [
            texts.fewer,
            impact.fewerProvisions
              ? String(impact.fewerProvisions.acceptedReferrals)
              : NOT_AVAILABLE.fewerProvisions,
          ],
          [texts.change, impact.structuralChange],
        ]}
      />
    </section>
  );
}
