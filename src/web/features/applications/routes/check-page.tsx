import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { ApiError } from '../../../app/api-client.ts';
import { Alert, ErrorMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { applicationQueryOptions, useSubmitApplication } from '../api/applications-api.ts';
import { fieldIdForPath } from '../application-form-schema.ts';
import { ApplicationFacts } from '../components/application-facts.tsx';
import { ApplicationSummary } from '../components/application-summary.tsx';
import { Deadline } from '../components/deadline.tsx';
import { applicationsTexts } from '../texts.ts';

const texts = applicationsTexts.check;

/** Everything read-only, what is still missing, and submitting. */
export function CheckPage() {
  const { applicationId } = useParams({ from: '/ingelogd/aanvragen/$applicationId/controleren' });
  const application = useQuery({
    ...applicationQueryOptions(applicationId),
    refetchOnMount: 'always',
  });
  const submit = useSubmitApplication(applicationId);
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const data = application.data;

  const toApplication = (notice: { type: 'ok' | 'warning'; message: string }) =>
    navigate({
      to: '/aanvragen/$applicationId',
      params: { applicationId },
      state: { notice },
    });

  const onConfirm = async () => {
    if (!data) return;
    setFailure(null);
    try {
      const submitted = await submit.mutateAsync(data.version);
      setConfirming(false);
      await toApplication({ type: 'ok', message: texts.submitted(submitted.reference ?? '') });
    } catch (error) {
      setConfirming(false);
      if (error instanceof ApiError && error.code === 'DEADLINE_PASSED') {
        // Kept as a late submission: the application page shows it, with this message on top.
        await toApplication({ type: 'warning', message: error.message });
        return;
      }
      setFailure(error instanceof ApiError ? error.message : texts.failed);
      button.current?.focus();
      void application.refetch();
    }
  };

  return (
    <Page title={texts.title}>
      <p className="utrecht-paragraph">
        <Link
          to="/aanvragen/$applicationId"
          params={{ applicationId }}
          className="utrecht-link utrecht-link--html-a"
        >
          {texts.back}
        </Link>
      </p>
      {application.isPending ? <Loading /> : null}
      {application.isError ? (
        <LoadError error={application.error} onRetry={() => void application.refetch()} />
      ) : null}
      {data && data.status !== 'draft' ? (
        <p className="utrecht-paragraph">{texts.notDraft}</p>
      ) : null}
      {data && data.status === 'draft' ? (
        <>
          <p className="utrecht-paragraph">{texts.intro}</p>
          <Deadline deadlineAt={data.deadlineAt} display={data.deadlineDisplay} />
          <ApplicationFacts application={data} />
          <ErrorMessage>{failure}</ErrorMessage>
          <section aria-labelledby="ontbreekt-titel" className="sr-section">
            <h2 id="ontbreekt-titel" className="utrecht-heading-2">
              {texts.missingTitle}
            </h2>
            {data.problems.length === 0 ? (
              <Alert type="ok">
                <p className="utrecht-paragraph">{texts.complete}</p>
              </Alert>
            ) : (
              <div className="sr-problems">
                <p className="utrecht-paragraph">{texts.missingIntro}</p>
                <ul className="utrecht-unordered-list">
                  {data.problems.map((problem, index) => (
                    <li className="utrecht-unordered-list__item" key={`${problem.path}-${index}`}>
                      <Link
                        to="/aanvragen/$applicationId"
                        params={{ applicationId }}
                        hash={fieldIdForPath(problem.path)}
                        className="utrecht-link utrecht-link--html-a"
                      >
                        {problem.message}
                      </Link>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </section>
          <ApplicationSummary application={data} />
          {data.problems.length === 0 ? (
            <div className="sr-actions sr-actions--end">
              <Button ref={button} onClick={() => setConfirming(true)}>
                {texts.submit}
              </Button>
            </div>
          ) : null}
          <ConfirmDialog
            open={confirming}
            title={texts.confirmTitle}
            confirmLabel={texts.confirm}
            busy={submit.isPending}
            onConfirm={() => void onConfirm()}
            onCancel={() => {
              setConfirming(false);
              button.current?.focus();
            }}
          >
            <p className="utrecht-paragraph">{texts.confirmBody(data.deadlineDisplay)}</p>
          </ConfirmDialog>
        </>
      ) : null}
    </Page>
  );
}
