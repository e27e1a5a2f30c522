import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, type Resolver } from 'react-hook-form';
import { z } from 'zod';
import { GENERAL_CONDITION_CODES } from '../../../../domain/tender/scheme-definition.ts';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { summaryErrors, type FieldSpec } from '../../../components/form-errors.ts';
import { ChoiceGroup } from '../../../components/choice-group.tsx';
import { TextareaField } from '../../../components/textarea-field.tsx';
import { useFormFeedback } from '../../../components/use-form-feedback.ts';
import { useRecordConditions, type ConditionCheck } from '../api/assessment-api.ts';
import { assessmentTexts } from '../texts.ts';

const texts = assessmentTexts.chair;
const ID = 'voorwaarden';

interface ConditionsValues {
  checks: { code: string; met: string; reason: string }[];
}

const conditionsFormSchema = z
  .object({
    checks: z.array(
      z
        .object({
          code: z.enum(GENERAL_CONDITION_CODES),
          met: z.enum(['ja', 'nee'], { message: texts.metMissing }),
          reason: z.string().max(2000),
        })
        .superRefine((check, ctx) => {
          if (check.met === 'nee' && check.reason.trim() === '') {
            ctx.addIssue({ code: 'custom', message: texts.reasonMissing, path: ['reason'] });
          }
        }),
    ),
  })
  .transform((values): ConditionCheck[] =>
    values.checks.map((c) => ({ code: c.code, met: c.met === 'ja', reason: c.reason.trim() })),
  );
const resolver = zodResolver(conditionsFormSchema) as unknown as Resolver<
  ConditionsValues,
  unknown,
  ConditionCheck[]
>;

interface Condition {
  code: string;
  label: string;
  met: boolean | null;
  reason: string;
}

/** The chair records per general condition whether the application meets it. */
export function ConditionsForm({
  applicationId,
  conditions,
}: {
  applicationId: string;
  conditions: Condition[];
}) {
  const record = useRecordConditions(applicationId);
  const feedback = useFormFeedback(assessmentTexts.loadFailed);
  const fields: FieldSpec<ConditionsValues>[] = conditions.flatMap((c, i) => [
    { name: `checks.${i}.met` as const, id: `${ID}-${c.code}-0` },
    { name: `checks.${i}.reason` as const, id: `${ID}-${c.code}-reden` },
  ]);
  const form = useForm<ConditionsValues, unknown, ConditionCheck[]>({
    resolver,
    defaultValues: {
      checks: conditions.map((c) => ({
        code: c.code,
        met: c.met === null ? '' : c.met ? 'ja' : 'nee',
        reason: c.reason,
      })),
    },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const checks = form.watch('checks');

  const onValid = async (values: ConditionCheck[]) => {
    feedback.reset();
    try {
      await record.mutateAsync(values);
      feedback.succeeded(texts.conditionsSaved);
    } catch (error) {
      feedback.failed(error, form.setError, fields);
    }
  };

  return (
    <>
      <StatusMessage>{feedback.status}</StatusMessage>
      <ErrorMessage>{feedback.serverMessage}</ErrorMessage>
      <ErrorSummary
        id={`${ID}-fouten`}
        errors={summaryErrors(errors, fields, feedback.unmatched)}
        focusSignal={feedback.focusSignal}
      />
      <form
        className="sr-form"
        noValidate
        onSubmit={(event) => void form.handleSubmit(onValid, feedback.invalid)(event)}
      >
        {conditions.map((condition, index) => (
          <div key={condition.code} className="sr-form-part">
            <Controller
              control={form.control}
              name={`checks.${index}.met`}
              render={({ field }) => (
                <ChoiceGroup
                  type="radio"
                  id={`${ID}-${condition.code}`}
                  legend={texts.metLegend(condition.label)}
                  name={field.name}
                  options={[
                    { value: 'ja', label: texts.yes },
                    { value: 'nee', label: texts.no },
                  ]}
                  value={field.value || null}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  ref={field.ref}
                  error={errors.checks?.[index]?.met?.message}
                />
              )}
            />
            <TextareaField
              id={`${ID}-${condition.code}-reden`}
              label={texts.reasonLabel(condition.label)}
              description={texts.reasonHint}
              rows={2}
              limit={2000}
              length={checks[index]?.reason.length ?? 0}
              error={errors.checks?.[index]?.reason?.message}
              {...form.register(`checks.${index}.reason`)}
            />
          </div>
        ))}
        <div className="sr-actions">
          <Button type="submit" busy={isSubmitting}>
            {texts.conditionsSubmit}
          </Button>
        </div>
      </form>
    </>
  );
}
