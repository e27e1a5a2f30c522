/**
 * The participant's own questionnaire behind the personal link: public, no account, made for
 * a phone. It shows the provision's name, never the participant's (a link can be passed on).
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { formatAmsterdamMoment } from '../../../../domain/dates.ts';
import {
  questionnaireSchema,
  type QuestionnaireAnswers,
} from '../../../../domain/participants/positive-health.ts';
import { ApiError } from '../../../app/api-client.ts';
import { Alert, ErrorMessage } from '../../../components/alert.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { summaryErrors } from '../../../components/form-errors.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { useFormFeedback } from '../../../components/use-form-feedback.ts';
import { questionnaireQueryOptions, useAnswerQuestionnaire } from '../api/measurements-api.ts';
import {
  emptyQuestionnaire,
  namedErrors,
  QuestionnaireFields,
  questionnaireFieldSpecs,
  type QuestionnaireValues,
} from '../components/questionnaire-fields.tsx';
import { measurementsTexts } from '../texts.ts';

const texts = measurementsTexts.questionnaire;
const ID = 'vragenlijst';
const fields = questionnaireFieldSpecs<QuestionnaireValues>(ID);

/** The page title for a link that cannot be used (any more), by the API's error code. */
function closedTitle(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  if (error.status === 404) return texts.unknownTitle;
  if (error.code === 'QUESTIONNAIRE_LINK_EXPIRED') return texts.expiredTitle;
  if (error.code === 'QUESTIONNAIRE_LINK_USED') return texts.usedTitle;
  if (error.code === 'CONSENT_REQUIRED') return texts.noConsentTitle;
  return null;
}

export function QuestionnairePage() {
  const { token } = useParams({ from: '/vragenlijst/$token' });
  const questionnaire = useQuery(questionnaireQueryOptions(token));
  const [closedBy, setClosedBy] = useState<ApiError | null>(null);
  const [thanked, setThanked] = useState(false);
  const error = closedBy ?? questionnaire.error;
  const closed = closedTitle(error);
  const data = questionnaire.data;
  // The form gives way to the thanks or to why the link no longer works: start reading there.
  const outcome = thanked ? 'thanked' : closedBy ? closedBy.code : null;
  useEffect(() => {
    if (outcome) document.querySelector<HTMLElement>('main h1')?.focus();
  }, [outcome]);

  if (thanked) {
    return (
      <Page title={texts.thanksTitle} documentTitle={texts.documentTitle}>
        <Alert type="ok" role="status">
          <p className="utrecht-paragraph">{texts.thanks}</p>
        </Alert>
      </Page>
    );
  }
  if (closed) {
    return (
      <Page title={closed} documentTitle={texts.documentTitle}>
        <p className="utrecht-paragraph utrecht-paragraph--lead">{(error as ApiError).message}</p>
      </Page>
    );
  }
  return (
    <Page title={texts.title} documentTitle={texts.documentTitle}>
      {questionnaire.isPending ? <Loading /> : null}
      {questionnaire.isError ? (
        <LoadError error={questionnaire.error} onRetry={() => void questionnaire.refetch()} />
      ) : null}
      {data ? (
        <>
          <p className="utrecht-paragraph utrecht-paragraph--lead">
            {texts.intro(data.provisionName)}
          </p>
          <p className="utrecht-paragraph">{texts.how}</p>
          <p className="utrecht-paragraph">
            {texts.validUntil(formatAmsterdamMoment(new Date(data.expiresAt)))}
          </p>
          <QuestionnaireForm
            token={token}
            provisionName={data.provisionName}
            onSent={() => setThanked(true)}
            onClosed={setClosedBy}
          />
        </>
      ) : null}
    </Page>
  );
}

function QuestionnaireForm({
  token,
  provisionName,
  onSent,
  onClosed,
}: {
  token: string;
  provisionName: string;
  onSent: () => void;
  onClosed: (error: ApiError) => void;
}) {
  const answer = useAnswerQuestionnaire(token);
  const feedback = useFormFeedback(texts.failed);
  const form = useForm<QuestionnaireValues, unknown, QuestionnaireAnswers>({
    resolver: zodResolver(questionnaireSchema),
    defaultValues: emptyQuestionnaire(),
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;

  const onValid = async (values: QuestionnaireAnswers) => {
    feedback.reset();
    try {
      await answer.mutateAsync(values);
      onSent();
    } catch (error) {
      // Expired, used or withdrawn in the meantime: the page says so instead of the form.
      if (error instanceof ApiError && closedTitle(error)) onClosed(error);
      else feedback.failed(error, form.setError, fields);
    }
  };

  return (
    <FormProvider {...form}>
      <ErrorMessage>{feedback.serverMessage}</ErrorMessage>
      <ErrorSummary
        id={`${ID}-fouten`}
        errors={namedErrors(summaryErrors(errors, fields, feedback.unmatched), ID)}
        focusSignal={feedback.focusSignal}
      />
      <form
        className="sr-form"
        noValidate
        onSubmit={(event) => void form.handleSubmit(onValid, feedback.invalid)(event)}
      >
        <QuestionnaireFields
          idPrefix={ID}
          wording={{ ...texts, satisfaction: texts.satisfaction(provisionName) }}
          busy={isSubmitting}
        />
      </form>
    </FormProvider>
  );
}
