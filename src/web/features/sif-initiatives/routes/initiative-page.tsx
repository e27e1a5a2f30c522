import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { rolesFor } from '../../../../domain/access-table.ts';
import { formatDay } from '../../../../domain/dates.ts';
import {
  IMPACT_CONDITIONS,
  IMPACT_CONDITION_LABELS,
  SIF_CRITERIA,
  SIF_CRITERION_LABELS,
  SIF_PRIORITY_LABELS,
} from '../../../../domain/sif/initiative.ts';
import type { Initiative } from '../../../../server/features/sif-initiatives/sif-initiatives.schemas.ts';
import { hasAnyRole, useMe } from '../../../app/queries.ts';
import { Facts } from '../../../components/facts.tsx';
import { ImpactReportSection } from '../../../components/impact-report.tsx';
import { formatEuro } from '../../../components/money.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { Table, cell } from '../../../components/table.tsx';
import { initiativeQueryOptions, letterPdfUrl } from '../api/sif-api.ts';
import { AssessmentForm, DecisionForm, ImpactForm } from '../components/initiative-actions.tsx';
import { PublicTextSection } from '../components/public-text.tsx';
import { sifTexts as texts } from '../texts.ts';
import { stateOf } from './initiatives-page.tsx';

/** One initiative: what it is, its term, its assessment, decision and impact. */
export function InitiativePage() {
  const { applicationId } = useParams({ from: '/ingelogd/sif/$applicationId' });
  const initiative = useQuery(initiativeQueryOptions(applicationId));
  const me = useMe();
  const title = initiative.data
    ? `${initiative.data.reference} ${initiative.data.title}`
    : texts.title;
  return (
    <Page title={title} documentTitle={title}>
      {initiative.isPending ? <Loading /> : null}
      {initiative.isError ? (
        <LoadError error={initiative.error} onRetry={() => void initiative.refetch()} />
      ) : null}
      {initiative.data ? (
        <Details
          initiative={initiative.data}
          mayAssess={hasAnyRole(me, rolesFor('sif.assess'))}
          mayDecide={hasAnyRole(me, rolesFor('sif.decide'))}
          mayReport={hasAnyRole(me, rolesFor('sif.impact'))}
          mayWritePublic={hasAnyRole(me, rolesFor('sif.public_text'))}
          mayWithdraw={hasAnyRole(me, rolesFor('sif.public_withdraw'))}
        />
      ) : null}
    </Page>
  );
}

function Details({
  initiative: i,
  mayAssess,
  mayDecide,
  mayReport,
  mayWritePublic,
  mayWithdraw,
}: {
  initiative: Initiative;
  mayAssess: boolean;
  mayDecide: boolean;
  mayReport: boolean;
  mayWritePublic: boolean;
  mayWithdraw: boolean;
}) {
  const f = texts.detail.facts;
  const d = texts.detail;
  const undecided = i.status === 'under_assessment';
  return (
    <>
      <p className="utrecht-paragraph">{stateOf(i)}</p>
      <Facts
        rows={[
          [f.organisation, i.organisationName],
          [f.provision, i.provisionName],
          [f.received, formatDay(i.receivedDay)],
          [
            f.term,
            undecided
              ? texts.term(formatDay(i.decisionDueDay), i.daysLeft)
              : formatDay(i.decisionDueDay),
          ],
          [f.requested, formatEuro(i.requestedCents)],
          [f.cofinancing, formatEuro(i.content.cofinancingCents)],
          [f.period, `${formatDay(i.content.periodStart)} – ${formatDay(i.content.periodEnd)}`],
          [f.neighbourhoods, i.neighbourhoodNames.join(', ')],
          [f.targetGroups, i.content.targetGroups],
          [f.priorities, i.content.priorities.map((p) => SIF_PRIORITY_LABELS[p]).join(', ')],
          [f.continuation, i.content.continuation],
        ]}
      />
      <section aria-labelledby="sif-inhoud-titel" className="sr-section">
        <h2 id="sif-inhoud-titel" className="utrecht-heading-2">
          {d.description}
        </h2>
        <p className="utrecht-paragraph">{i.content.description}</p>
        <h3 className="utrecht-heading-3">{d.impactConditions}</h3>
        <Facts
          rows={IMPACT_CONDITIONS.map((c) => [IMPACT_CONDITION_LABELS[c], i.content.impact[c]])}
        />
      </section>
      {i.assessment ? (
        <section aria-labelledby="sif-stand-titel" className="sr-section">
          <h2 id="sif-stand-titel" className="utrecht-heading-2">
            {d.assessmentTitle}
          </h2>
          <p className="utrecht-paragraph">
            {d.assessments(i.assessmentsSubmitted)} {d.verdict[i.assessment.verdict]}
          </p>
          {Object.keys(i.assessment.means).length > 0 ? (
            <Table
              caption={d.meansCaption}
              columns={[d.criterion, { label: d.mean, numeric: true }]}
            >
              {SIF_CRITERIA.map((c) => (
                <tr key={c} className="utrecht-table__row">
                  <td className={cell.data}>{SIF_CRITERION_LABELS[c]}</td>
                  <td className={cell.number}>{i.assessment!.means[c] ?? '–'}</td>
                </tr>
              ))}
            </Table>
          ) : null}
        </section>
      ) : null}
      {mayAssess && undecided && !i.yourScores && i.assessmentsSubmitted < 2 ? (
        <AssessmentForm initiative={i} />
      ) : null}
      {mayAssess && i.yourScores ? <p className="utrecht-paragraph">{d.yourScores}</p> : null}
      {mayDecide && undecided ? <DecisionForm initiative={i} /> : null}
      {i.decision ? (
        <section aria-labelledby="sif-besluit-titel" className="sr-section">
          <h2 id="sif-besluit-titel" className="utrecht-heading-2">
            {d.decisionTitle}: {texts.outcomes[i.decision.outcome]}
          </h2>
          <p className="utrecht-paragraph">
            <a className="utrecht-link" href={letterPdfUrl(i.id)}>
              {d.letterPdf} {i.decision.reference}
            </a>
            {i.grant ? (
              <>
                {' · '}
                <Link
                  to="/subsidies/$grantId"
                  params={{ grantId: i.grant.id }}
                  className="utrecht-link"
                >
                  {d.grant(i.grant.reference)}
                </Link>
              </>
            ) : null}
          </p>
          <div
            className="sr-decision-letter"
            // The server escapes every text in this fragment (h2, h3 and p only).
            dangerouslySetInnerHTML={{ __html: i.decision.html }}
          />
        </section>
      ) : null}
      {mayReport && i.impactOpen ? <ImpactForm initiative={i} /> : null}
      {i.impact ? <ImpactReportSection impact={i.impact} id="sif-impactverslag-titel" /> : null}
      {i.publicPage ? (
        <PublicTextSection initiative={i} mayWrite={mayWritePublic} mayWithdraw={mayWithdraw} />
      ) : null}
    </>
  );
}
