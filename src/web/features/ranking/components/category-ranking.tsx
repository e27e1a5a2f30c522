import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { z } from 'zod';
import { CATEGORY_LABELS, type Category } from '../../../../domain/tender/categories.ts';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { CheckboxField } from '../../../components/checkbox-field.tsx';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { summaryErrors, type FieldSpec } from '../../../components/form-errors.ts';
import { formatMoment } from '../../../components/format.ts';
import { requiredEuroText } from '../../../components/form-schemas.ts';
import { euroInputValue } from '../../../components/money.ts';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { TextareaField } from '../../../components/textarea-field.tsx';
import { useFormFeedback } from '../../../components/use-form-feedback.ts';
import {
  rankingsQueryOptions,
  useFixRanking,
  useSimulate,
  type RankOutput,
} from '../api/ranking-api.ts';
import { rankingTexts as texts } from '../texts.ts';
import { RankTable } from './rank-table.tsx';
import { Table } from '../../../components/table.tsx';

interface Props {
  roundId: string;
  category: Category;
  ceilingCents: number;
  partialGrant: boolean;
}

/** Simulate, fix and revise the ranking of one category. */
export function CategoryRanking({ roundId, category, ceilingCents, partialGrant }: Props) {
  const label = CATEGORY_LABELS[category];
  const rankings = useQuery(rankingsQueryOptions(roundId, category));
  const current = rankings.data?.[0];
  const [simulation, setSimulation] = useState<RankOutput | null>(null);
  const [fixed, setFixed] = useState(false);

  return (
    <section aria-labelledby={`rang-${category}-titel`} className="sr-section">
      <h2 id={`rang-${category}-titel`} className="utrecht-heading-2">
        {label}
      </h2>
      <h3 className="utrecht-heading-3">{texts.simulationTitle}</h3>
      <SimulationForm
        roundId={roundId}
        category={category}
        ceilingCents={ceilingCents}
        partialGrant={partialGrant}
        onResult={setSimulation}
      />
      {simulation ? (
        <RankTable caption={texts.simulationCaption(label)} output={simulation} />
      ) : null}
      <StatusMessage>{fixed ? texts.fixed(label) : null}</StatusMessage>
      {rankings.isPending ? <Loading /> : null}
      {rankings.isError ? (
        <LoadError error={rankings.error} onRetry={() => void rankings.refetch()} />
      ) : null}
      {rankings.data ? (
        current ? (
          <>
            <h3 className="utrecht-heading-3">{texts.currentCaption(label, current.version)}</h3>
            <RankTable
              caption={texts.currentCaption(label, current.version)}
              output={current.output}
            />
            <Table
              caption={texts.historyCaption(label)}
              columns={[
                texts.historyColumns.version,
                texts.historyColumns.fixedAt,
                texts.historyColumns.by,
                texts.historyColumns.reason,
              ]}
            >
              {rankings.data.map((r) => (
                <tr className="utrecht-table__row" key={r.id}>
                  <td className="utrecht-table__cell">{r.version}</td>
                  <td className="utrecht-table__cell">{formatMoment(r.fixedAt)}</td>
                  <td className="utrecht-table__cell">{r.fixedByName ?? ''}</td>
                  <td className="utrecht-table__cell">{r.reason ?? texts.firstVersion}</td>
                </tr>
              ))}
            </Table>
            <h3 className="utrecht-heading-3">{texts.reviseTitle}</h3>
            <ReviseForm roundId={roundId} category={category} />
          </>
        ) : (
          <>
            <h3 className="utrecht-heading-3">{texts.fixTitle}</h3>
            <p className="utrecht-paragraph">{texts.fixIntro}</p>
            <FixButton roundId={roundId} category={category} onFixed={() => setFixed(true)} />
          </>
        )
      ) : null}
    </section>
  );
}

interface SimulationValues {
  ceiling: string;
  partialGrant: boolean;
}
const simulationSchema = z.object({
  ceiling: requiredEuroText(texts.ceilingEmpty),
  partialGrant: z.boolean(),
});
type SimulationOutput = z.output<typeof simulationSchema>;
const simulationResolver = zodResolver(simulationSchema) as unknown as Resolver<
  SimulationValues,
  unknown,
  SimulationOutput
>;

function SimulationForm({
  roundId,
  category,
  ceilingCents,
  partialGrant,
  onResult,
}: Props & { onResult: (output: RankOutput | null) => void }) {
  const id = `simulatie-${category}`;
  const fields: FieldSpec<SimulationValues>[] = [
    { name: 'ceiling', id: `${id}-plafond` },
    { name: 'partialGrant', id: `${id}-gedeeltelijk` },
  ];
  const simulate = useSimulate(roundId, category);
  const feedback = useFormFeedback(texts.failed);
  const form = useForm<SimulationValues, unknown, SimulationOutput>({
    resolver: simulationResolver,
    defaultValues: { ceiling: euroInputValue(ceilingCents), partialGrant },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;

  const onValid = async (values: SimulationOutput) => {
    feedback.reset();
    try {
      onResult(
        await simulate.mutateAsync({
          ceilingCents: values.ceiling,
          partialGrant: values.partialGrant,
        }),
      );
    } catch (error) {
      onResult(null);
      feedback.failed(error, form.setError, fields);
    }
  };

  return (
    <>
      <ErrorMessage>{feedback.serverMessage}</ErrorMessage>
      <ErrorSummary
        id={`${id}-fouten`}
        errors={summaryErrors(errors, fields, feedback.unmatched)}
        focusSignal={feedback.focusSignal}
      />
      <form
        className="sr-form"
        noValidate
        aria-label={`${texts.simulationTitle} ${CATEGORY_LABELS[category]}`}
        onSubmit={(event) => void form.handleSubmit(onValid, feedback.invalid)(event)}
      >
        <TextField
          id={`${id}-plafond`}
          label={texts.ceiling}
          description={texts.ceilingHint}
          inputMode="decimal"
          error={errors.ceiling?.message}
          {...form.register('ceiling')}
        />
        <CheckboxField
          id={`${id}-gedeeltelijk`}
          label={texts.partialGrant}
          description={texts.partialGrantHint}
          {...form.register('partialGrant')}
        />
        <div className="sr-actions">
          <Button type="submit" appearance="secondary" busy={isSubmitting}>
            {texts.simulate}
          </Button>
        </div>
      </form>
    </>
  );
}

function FixButton({
  roundId,
  category,
  onFixed,
}: {
  roundId: string;
  category: Category;
  onFixed: () => void;
}) {
  const label = CATEGORY_LABELS[category];
  const fix = useFixRanking(roundId, category);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string[] | null>(null);

  const onConfirm = async () => {
    setError(null);
    try {
      await fix.mutateAsync({});
      setOpen(false);
      onFixed();
    } catch (failure) {
      setOpen(false);
      const fields =
        failure instanceof Error && 'fields' in failure
          ? (failure as { fields: { message: string }[] }).fields.map((f) => f.message)
          : [];
      setError([failure instanceof Error ? failure.message : texts.failed, ...fields]);
    }
  };

  return (
    <>
      <div role="alert" className="sr-status">
        {error ? (
          <div className="utrecht-alert utrecht-alert--error sr-alert">
            <div className="utrecht-alert__content">
              <div className="utrecht-alert__message">
                <p className="utrecht-paragraph">{error[0]}</p>
                {error.length > 1 ? (
                  <ul className="utrecht-unordered-list">
                    {error.slice(1).map((message) => (
                      <li className="utrecht-unordered-list__item" key={message}>
                        {message}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </div>
            </div>
          </div>
        ) : null}
      </div>
      <div className="sr-actions">
        <Button onClick={() => setOpen(true)} aria-label={`${texts.fix}: ${label}`}>
          {texts.fix}
        </Button>
      </div>
      <ConfirmDialog
        open={open}
        title={texts.confirmTitle}
        confirmLabel={texts.confirm}
        busy={fix.isPending}
        onConfirm={() => void onConfirm()}
        onCancel={() => setOpen(false)}
      >
        <p className="utrecht-paragraph">{texts.confirmBody(label)}</p>
      </ConfirmDialog>
    </>
  );
}

interface ReviseValues {
  reason: string;
}
const reviseSchema = z.object({
  reason: z.string().trim().min(5, { message: texts.reasonMissing }).max(1000),
});

function ReviseForm({ roundId, category }: { roundId: string; category: Category }) {
  const id = `herzien-${category}`;
  const fields: FieldSpec<ReviseValues>[] = [{ name: 'reason', id: `${id}-reden` }];
  const fix = useFixRanking(roundId, category);
  const feedback = useFormFeedback(texts.failed);
  const form = useForm<ReviseValues>({
    resolver: zodResolver(reviseSchema),
    defaultValues: { reason: '' },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const reason = form.watch('reason');

  const onValid = async (values: ReviseValues) => {
    feedback.reset();
    try {
      await fix.mutateAsync({ reason: values.reason });
      form.reset({ reason: '' });
      feedback.succeeded(texts.revised(CATEGORY_LABELS[category]));
    } catch (error) {
      feedback.failed(error, form.setError, fields);
    }
  };

  return (
    <>
      <StatusMessage>{feedback.status}</StatusMessage>
      <ErrorMessage>{feedback.serverMessage}</ErrorMessage>
      <ErrorSummary
        id={`${id}-fouten`}
        errors={summaryErrors(errors, fields, feedback.unmatched)}
        focusSignal={feedback.focusSignal}
      />
      <form
        className="sr-form"
        noValidate
        aria-label={`${texts.reviseTitle} ${CATEGORY_LABELS[category]}`}
        onSubmit={(event) => void form.handleSubmit(onValid, feedback.invalid)(event)}
      >
        <TextareaField
          id={`${id}-reden`}
          label={texts.reason}
          description={texts.reasonHint}
          rows={3}
          limit={1000}
          length={reason.length}
          error={errors.reason?.message}
          {...form.register('reason')}
        />
        <div className="sr-actions">
          <Button type="submit" busy={isSubmitting}>
            {texts.revise}
          </Button>
        </div>
      </form>
    </>
  );
}
