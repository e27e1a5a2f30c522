/** The coordinator fills in a measurement: the day, the six marks, satisfaction, a remark. */
import { zodResolver } from '@hookform/resolvers/zod';
import { FormProvider, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { amsterdamDay, formatDay } from '../../../../domain/dates.ts';
import {
  recordMeasurementBodySchema,
  type RecordMeasurementBody,
} from '../../../../server/features/measurements/measurements.schemas.ts';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { errorMessage, summaryErrors, type FieldSpec } from '../../../components/form-errors.ts';
import { TextField } from '../../../components/text-field.tsx';
import { useFormFeedback } from '../../../components/use-form-feedback.ts';
import { useRecordMeasurement } from '../api/measurements-api.ts';
import { measurementsTexts } from '../texts.ts';
import {
  emptyQuestionnaire,
  namedErrors,
  QuestionnaireFields,
  questionnaireFieldSpecs,
} from './questionnaire-fields.tsx';

const texts = measurementsTexts.record;
const ID = 'meting';
const fields: FieldSpec<RecordMeasurementBody>[] = [
  { name: 'measuredOn', id: `${ID}-datum` },
  ...questionnaireFieldSpecs<RecordMeasurementBody>(ID),
];

const today = () => amsterdamDay(new Date());
const emptyForm = () => ({ ...emptyQuestionnaire(), measuredOn: today() });

export function MeasurementForm({ participantId }: { participantId: string }) {
  const record = useRecordMeasurement(participantId);
  const feedback = useFormFeedback(texts.failed);
  const form = useForm<
    RecordMeasurementBody,
    unknown,
    z.output<typeof recordMeasurementBodySchema>
  >({
    resolver: zodResolver(recordMeasurementBodySchema),
    defaultValues: emptyForm(),
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;

  const onValid = async (values: z.output<typeof recordMeasurementBodySchema>) => {
    feedback.reset();
    try {
      const saved = await record.mutateAsync(values);
      form.reset(emptyForm());
      feedback.succeeded(texts.saved(formatDay(saved.measuredOn)));
    } catch (error) {
      // Without consent on that day (409) the server's message says so above the form.
      feedback.failed(error, form.setError, fields);
    }
  };

  return (
    <section aria-labelledby={`${ID}-titel`} className="sr-section sr-form-section">
      <h3 id={`${ID}-titel`} className="utrecht-heading-3">
        {texts.title}
      </h3>
      <p className="utrecht-paragraph">{texts.intro}</p>
      <StatusMessage>{feedback.status}</StatusMessage>
      <ErrorMessage>{feedback.serverMessage}</ErrorMessage>
      <ErrorSummary
        id={`${ID}-fouten`}
        errors={namedErrors(summaryErrors(errors, fields, feedback.unmatched), ID)}
        focusSignal={feedback.focusSignal}
      />
      <FormProvider {...form}>
        <form
          className="sr-form"
          noValidate
          onSubmit={(event) => void form.handleSubmit(onValid, feedback.invalid)(event)}
        >
          <TextField
            id={`${ID}-datum`}
            label={texts.measuredOn}
            description={texts.measuredOnHint}
            type="date"
            max={today()}
            className="sr-textbox--short"
            error={errorMessage(errors, 'measuredOn')}
            {...form.register('measuredOn')}
          />
          <QuestionnaireFields idPrefix={ID} wording={texts} busy={isSubmitting} />
        </form>
      </FormProvider>
    </section>
  );
}
