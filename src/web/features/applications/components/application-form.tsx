import { zodResolver } from '@hookform/resolvers/zod';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { Controller, useForm, type Resolver } from 'react-hook-form';
import { formatDay } from '../../../../domain/dates.ts';
import { BUDGET_KIND_LABELS, CATEGORY_LABELS } from '../../../../domain/tender/categories.ts';
import {
  judgedCriteria,
  type AttachmentKind,
} from '../../../../domain/tender/scheme-definition.ts';
import type { Application } from '../../../../server/features/applications/applications.schemas.ts';
import type { FieldError } from '../../../app/api-client.ts';
import { Alert } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { CheckboxField } from '../../../components/checkbox-field.tsx';
import { ChoiceGroup } from '../../../components/choice-group.tsx';
import { ErrorSummary, type SummaryError } from '../../../components/error-summary.tsx';
import { errorMessage } from '../../../components/form-errors.ts';
import { formatTime } from '../../../components/format.ts';
import { TextField } from '../../../components/text-field.tsx';
import { TextareaField } from '../../../components/textarea-field.tsx';
import {
  applicationFormSchema,
  fieldIdForPath,
  formNameForPath,
  toContent,
  toFormValues,
  type ApplicationFormValues,
} from '../application-form-schema.ts';
import { applicationsTexts } from '../texts.ts';
import { AttachmentsField } from './attachments-field.tsx';
import { BudgetLinesField } from './budget-lines-field.tsx';
import { FormSection } from './form-section.tsx';
import { useAutosave, type SaveState } from './use-autosave.ts';
import { Fieldset } from '../../../components/fieldset.tsx';

const texts = applicationsTexts;
const resolver = zodResolver(applicationFormSchema) as unknown as Resolver<
  ApplicationFormValues,
  unknown,
  unknown
>;

/** The paths of the form's fields in the order of the form, for the error summary. */
function summaryFrom(
  errors: ReturnType<
    typeof useForm<ApplicationFormValues, unknown, unknown>
  >['formState']['errors'],
  values: ApplicationFormValues,
): SummaryError[] {
  const paths = [
    'periodStart',
    'periodEnd',
    'requested',
    ...values.budgetLines.flatMap((_, i) => [
      `budgetLines.${i}.kind`,
      `budgetLines.${i}.description`,
      `budgetLines.${i}.amount`,
    ]),
    'budgetLines',
    'reach.participants',
    'reach.dayPartsPerWeek',
    'reach.weeksPerYear',
    'returnService',
    ...Object.keys(values.texts).map((code) => `texts.${code}`),
    ...Object.keys(values.declarations).map((code) => `declarations.${code}`),
  ];
  const list: SummaryError[] = [];
  for (const path of paths) {
    const message = errorMessage(errors, path);
    const apiPath = path.replace(/^requested$/, 'requestedCents').replace(/\.amount$/, '.cents');
    if (message) list.push({ fieldId: fieldIdForPath(apiPath), message });
  }
  return list;
}

interface ApplicationFormProps {
  application: Application;
  /** Load the newest version from the server (after an edit conflict). */
  onReload: () => void;
}

/** A draft application, in sections, saved automatically. */
export function ApplicationForm({ application, onReload }: ApplicationFormProps) {
  const navigate = useNavigate();
  const definition = application.formDefinition;
  const category = application.category;
  const criteria = judgedCriteria(definition, category);
  const computed = definition.categories[category].criteria.filter((c) => !c.judged);
  const eligibleKinds = definition.categories[category].eligibleKinds;
  const form = useForm<ApplicationFormValues, unknown, unknown>({
    resolver,
    mode: 'onTouched',
    defaultValues: toFormValues(application.content, definition, category),
    shouldFocusError: false,
  });
  const { errors } = form.formState;
  const [focusSignal, setFocusSignal] = useState(0);
  const [checking, setChecking] = useState(false);

  const onFieldErrors = (fields: FieldError[]) => {
    for (const field of fields) {
      const name = formNameForPath(field.path);
      if (name) form.setError(name as never, { type: 'server', message: field.message });
    }
  };
  const autosave = useAutosave({
    application,
    getContent: () => toContent(form.getValues()),
    onFieldErrors,
  });

  const { changed } = autosave;
  useEffect(() => {
    const subscription = form.watch((_, { name }) => {
      if (name) changed();
    });
    return () => subscription.unsubscribe();
  }, [form, changed]);

  const textValues = form.watch('texts');

  const onCheck = async () => {
    setChecking(true);
    try {
      const valid = await form.trigger();
      if (!valid) {
        setFocusSignal((n) => n + 1);
        return;
      }
      if (await autosave.flush()) {
        await navigate({
          to: '/aanvragen/$applicationId/controleren',
          params: { applicationId: application.id },
        });
      }
    } finally {
      setChecking(false);
    }
  };

  const attachmentProblems = Object.fromEntries(
    application.problems
      .filter((p) => p.path.startsWith('attachments.'))
      .map((p) => [p.path.slice('attachments.'.length), p.message]),
  ) as Partial<Record<AttachmentKind, string>>;
  const eligibleText =
    eligibleKinds.map((kind) => BUDGET_KIND_LABELS[kind].toLowerCase()).join('; ') ||
    texts.fields.noEligible;

  return (
    <>
      <SaveStatus state={autosave.state} onReload={onReload} />
      <ErrorSummary
        id="aanvraag-fouten"
        // Inline messages appear while typing; the summary after trying to go on.
        errors={focusSignal > 0 ? summaryFrom(errors, form.getValues()) : []}
        focusSignal={focusSignal}
      />
      <form
        className="sr-form sr-form--wide sr-application-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void onCheck();
        }}
      >
        <FormSection id="periode" title={texts.sections.period}>
          <TextField
            id={fieldIdForPath('periodStart')}
            label={texts.fields.periodStart}
            description={texts.fields.periodHint(
              formatDay(application.roundPeriod.start),
              formatDay(application.roundPeriod.end),
            )}
            type="date"
            className="sr-textbox--date"
            error={errors.periodStart?.message}
            {...form.register('periodStart')}
          />
          <TextField
            id={fieldIdForPath('periodEnd')}
            label={texts.fields.periodEnd}
            type="date"
            className="sr-textbox--date"
            error={errors.periodEnd?.message}
            {...form.register('periodEnd')}
          />
          <TextField
            id={fieldIdForPath('requestedCents')}
            label={texts.fields.requested}
            description={texts.fields.requestedHint}
            inputMode="decimal"
            autoComplete="off"
            className="sr-textbox--amount"
            error={errors.requested?.message}
            {...form.register('requested')}
          />
        </FormSection>

        <FormSection id="begroting" title={texts.sections.budget}>
          <p className="utrecht-paragraph">
            {texts.fields.budgetIntro(CATEGORY_LABELS[category].toLowerCase(), eligibleText)}
          </p>
          <BudgetLinesField form={form} eligibleKinds={eligibleKinds} />
        </FormSection>

        <FormSection id="bereik" title={texts.sections.reach}>
          <TextField
            id={fieldIdForPath('reach.participants')}
            label={texts.fields.participants}
            description={texts.fields.participantsHint}
            inputMode="numeric"
            autoComplete="off"
            className="sr-textbox--short"
            error={errorMessage(errors, 'reach.participants')}
            {...form.register('reach.participants')}
          />
          <TextField
            id={fieldIdForPath('reach.dayPartsPerWeek')}
            label={texts.fields.dayPartsPerWeek}
            description={texts.fields.dayPartsHint}
            inputMode="numeric"
            autoComplete="off"
            className="sr-textbox--short"
            error={errorMessage(errors, 'reach.dayPartsPerWeek')}
            {...form.register('reach.dayPartsPerWeek')}
          />
          <TextField
            id={fieldIdForPath('reach.weeksPerYear')}
            label={texts.fields.weeksPerYear}
            description={texts.fields.weeksHint}
            inputMode="numeric"
            autoComplete="off"
            className="sr-textbox--short"
            error={errorMessage(errors, 'reach.weeksPerYear')}
            {...form.register('reach.weeksPerYear')}
          />
        </FormSection>

        {category === 'services' ? (
          <FormSection id="tegenprestatie" title={texts.sections.returnService}>
            <Controller
              control={form.control}
              name="returnService"
              render={({ field, fieldState }) => (
                <ChoiceGroup
                  type="radio"
                  id="aanvraag-tegenprestatie"
                  legend={texts.fields.returnService}
                  description={texts.fields.returnServiceHint}
                  name={field.name}
                  options={[
                    {
                      value: 'tegenprestatie',
                      label: texts.fields.tegenprestatie,
                      description: texts.fields.tegenprestatieHint,
                    },
                    { value: 'fee', label: texts.fields.fee, description: texts.fields.feeHint },
                  ]}
                  value={field.value || null}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  ref={field.ref}
                  error={fieldState.error?.message}
                />
              )}
            />
          </FormSection>
        ) : null}

        <FormSection id="criteria" title={texts.sections.criteria}>
          <p className="utrecht-paragraph">{texts.fields.criteriaIntro}</p>
          {computed.length > 0 ? (
            <p className="utrecht-paragraph sr-muted">
              {texts.fields.computedCriteria(computed.map((c) => c.label.toLowerCase()).join(', '))}
            </p>
          ) : null}
          {criteria.map((criterion) => (
            <TextareaField
              key={criterion.code}
              id={fieldIdForPath(`texts.${criterion.code}`)}
              label={criterion.label}
              description={criterion.explanation}
              rows={8}
              limit={definition.textLimit}
              length={textValues[criterion.code]?.length ?? 0}
              error={errorMessage(errors, `texts.${criterion.code}`)}
              {...form.register(`texts.${criterion.code}`)}
            />
          ))}
        </FormSection>

        <FormSection id="verklaringen" title={texts.sections.declarations}>
          <Fieldset
            id="aanvraag-verklaringen"
            legend={texts.fields.declarationsLegend}
            description={texts.fields.declarationsHint}
          >
            {definition.generalConditions.map((condition) => (
              <CheckboxField
                key={condition.code}
                id={fieldIdForPath(`declarations.${condition.code}`)}
                label={condition.label}
                description={condition.explanation}
                error={errorMessage(errors, `declarations.${condition.code}`)}
                {...form.register(`declarations.${condition.code}`)}
              />
            ))}
          </Fieldset>
        </FormSection>

        <FormSection id="bijlagen" title={texts.sections.attachments}>
          <AttachmentsField
            applicationId={application.id}
            attachments={application.attachments}
            problems={attachmentProblems}
          />
        </FormSection>

        <div className="sr-actions sr-actions--end">
          <Button type="submit" busy={checking}>
            {texts.actions.check}
          </Button>
          <span className="sr-muted">{texts.actions.checkHint}</span>
        </div>
      </form>
    </>
  );
}

/** "Opgeslagen om 14:05" in a polite live region; conflicts and the like as an alert. */
function SaveStatus({ state, onReload }: { state: SaveState; onReload: () => void }) {
  const save = texts.save;
  const message =
    state.kind === 'saved'
      ? save.saved(formatTime(state.at))
      : state.kind === 'saving'
        ? save.saving
        : state.kind === 'invalid'
          ? save.invalid
          : state.kind === 'failed'
            ? save.failed(state.message)
            : null;
  return (
    <>
      <div className="sr-save-status" role="status">
        {message ? <p className="utrecht-paragraph sr-save-status__text">{message}</p> : null}
      </div>
      <div role="alert">
        {state.kind === 'conflict' ? (
          <Alert type="error">
            <h2 className="utrecht-heading-3 sr-alert__title">{save.conflictTitle}</h2>
            <p className="utrecht-paragraph">
              {save.conflict(state.updatedBy, state.updatedAt ? formatTime(state.updatedAt) : null)}
            </p>
            <p className="utrecht-paragraph">{save.conflictAdvice}</p>
            <Button onClick={onReload}>{save.reload}</Button>
          </Alert>
        ) : null}
        {state.kind === 'closed' ? (
          <Alert type="warning">
            <p className="utrecht-paragraph">{save.closed}</p>
            <Button onClick={onReload}>{save.reloadClosed}</Button>
          </Alert>
        ) : null}
      </div>
    </>
  );
}
