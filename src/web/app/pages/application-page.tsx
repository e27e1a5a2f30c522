import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { ApiError } from '../api-client.ts';
import { useMe } from '../queries.ts';
import { Page } from '../../components/page.tsx';
import { LoadError, Loading } from '../../components/query-state.tsx';
import { applicationQueryOptions } from '../../features/applications/api/applications-api.ts';
import { DecisionLink } from '../../features/decisions/components/decision-link.tsx';
import { decisionQueryOptions } from '../../features/decisions/api/decisions-api.ts';
import { CompletionSection } from '../../features/completion/components/completion-section.tsx';
import { ObjectionsSection } from '../../features/objections/components/objections-section.tsx';
import { ApplicationTimeline } from '../../features/timeline/components/application-timeline.tsx';
import { ApplicationFacts } from '../../features/applications/components/application-facts.tsx';
import { ApplicationForm } from '../../features/applications/components/application-form.tsx';
import { ApplicationSummary } from '../../features/applications/components/application-summary.tsx';
import { Deadline } from '../../features/applications/components/deadline.tsx';
import { Notice } from '../../components/notice.tsx';
import { SubmissionStatus } from '../../features/applications/components/submission-status.tsx';
import { applicationsTexts } from '../../features/applications/texts.ts';

const texts = applicationsTexts.page;

/**
 * One application: the form while it is a draft of one's own organisation, else everything
 * read-only (the municipality never sees drafts).
 */
export function ApplicationPage() {
  const { applicationId } = useParams({ from: '/ingelogd/aanvragen/$applicationId' });
  const me = useMe();
  const queryClient = useQueryClient();
  const application = useQuery(applicationQueryOptions(applicationId));
  const [formKey, setFormKey] = useState(0);
  const data = application.data;
  const own = !!data && !!me?.organisations.some((o) => o.id === data.organisationId);
  const editable = own && data?.status === 'draft' && !!me?.roles.includes('applicant');
  const notFound = application.error instanceof ApiError && application.error.status === 404;
  const decided =
    data?.status === 'submitted' || data?.status === 'late' || data?.status === 'set_aside';
  const decision = useQuery({ ...decisionQueryOptions(applicationId), enabled: decided });
  const officer = !!me?.roles.includes('policy_officer');

  // A link from the check page names a field (#aanvraag-tekst-resultaat): go there.
  const ready = editable;
  useEffect(() => {
    const target = window.location.hash.slice(1);
    if (!ready || !target) return;
    const timer = setTimeout(() => {
      const element = document.getElementById(decodeURIComponent(target));
      element?.focus();
      element?.scrollIntoView({ block: 'center' });
    }, 150);
    return () => clearTimeout(timer);
  }, [ready]);

  const reload = async () => {
    await queryClient.fetchQuery({ ...applicationQueryOptions(applicationId), staleTime: 0 });
    setFormKey((n) => n + 1);
  };

  return (
    <Page
      title={data ? texts.title(data.provisionName) : texts.documentTitle}
      documentTitle={texts.documentTitle}
    >
      <p className="utrecht-paragraph">
        {own || !data ? (
          <Link to="/aanvragen" className="utrecht-link utrecht-link--html-a">
            {texts.back}
          </Link>
        ) : (
          <Link
            to="/rondes/$roundId/overzicht"
            params={{ roundId: data.roundId }}
            className="utrecht-link utrecht-link--html-a"
          >
            {texts.backOfficer}
          </Link>
        )}
      </p>
      <Notice />
      {application.isPending ? <Loading /> : null}
      {notFound ? <p className="utrecht-paragraph">{texts.notFound}</p> : null}
      {application.isError && !notFound ? (
        <LoadError error={application.error} onRetry={() => void application.refetch()} />
      ) : null}
      {data ? (
        <>
          <ApplicationFacts application={data} />
          {editable ? (
            <>
              <Deadline deadlineAt={data.deadlineAt} display={data.deadlineDisplay} />
              <ApplicationForm
                key={`${data.id}-${formKey}`}
                application={data}
                onReload={() => void reload()}
              />
            </>
          ) : (
            <>
              <ApplicationTimeline applicationId={data.id} />
              <SubmissionStatus
                application={data}
                // After a grant the organisation renounces on the decision page instead.
                mayWithdraw={own && !((decision.data?.grantedCents ?? 0) > 0)}
              />
              {decided ? <DecisionLink applicationId={data.id} /> : null}
              {data.status === 'submitted' || data.status === 'set_aside' ? (
                <CompletionSection
                  applicationId={data.id}
                  mayAnswer={own && !!me?.roles.includes('applicant')}
                  mayManage={officer}
                  inProcess={data.status === 'submitted'}
                />
              ) : null}
              {decided ? (
                <ObjectionsSection
                  applicationId={data.id}
                  mayManage={officer}
                  hasIssuedDecision={!!decision.data?.issuedAt}
                />
              ) : null}
              <ApplicationSummary application={data} />
            </>
          )}
        </>
      ) : null}
    </Page>
  );
}
