import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import {
  type Control,
  Controller,
  type FieldValues,
  type Path,
  type Resolver,
  useFieldArray,
  useForm,
} from 'react-hook-form';
import { z } from 'zod';
import { formatDay } from '../../../../domain/dates.ts';
import { CHANGE_KINDS, LOWERING_GROUNDS } from '../../../../domain/grants/changes.ts';
import {
  type GrantChange,
  changeDecisionBodySchema,
  changeRequestBodySchema,
  loweringBodySchema,
} from '../../../../server/features/grant-changes/grant-changes.schemas.ts';
import type { Grant } from '../../../../server/features/grants/grants.schemas.ts';
import { ApiError } from '../../../app/api-client.ts';
import { hasAnyRole, useMe } from '../../../app/queries.ts';
import { Alert, StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { type ChoiceOption, ChoiceGroup } from '../../../components/choice-group.tsx';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import type { FieldSpec } from '../../../components/form-errors.ts';
import { into, requiredEuroText } from '../../../components/form-schemas.ts';
import { Fieldset } from '../../../components/fieldset.tsx';
import { euroInputValue, formatEuro } from '../../../components/money.ts';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { FormProblems } from '../../../components/form-problems.tsx';
import { Table, cell } from '../../../components/table.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { TextareaField } from '../../../components/textarea-field.tsx';
import { useFormFeedback } from '../../../components/use-form-feedback.ts';
import {
  changeLetterUrl,
  grantChangesQueryOptions,
  pendingChangesQueryOptions,
  useDecideChange,
  useLowerGrant,
  useRequestChange,
} from '../api/grant-changes-api.ts';
import { changesTexts } from '../changes-texts.ts';

const CLOSED = ['settled', 'closed', 'withdrawn'];

/**
 * The changes of a grant (docs/rules/grant-lifecycle.md): the list with letters for everyone
 * who sees the grant; the organisation asks for a change, the policy officer decides on the
 * pending requests and lowers or withdraws the grant.
 */
export function GrantChanges({ grant }: { grant: Grant }) {
  const me = useMe();
  const changes = useQuery(grantChangesQueryOptions(grant.id));
  const open = !CLOSED.includes(grant.status);
  const officer = hasAnyRole(me, ['policy_officer']);
  const applicant = hasAnyRole(me, ['applicant']) && !officer;
  const data = changes.data;
  return (
    <>
      <section aria-labelledby="wijzigingen-titel" className="sr-section">
        <h2 id="wijzigingen-titel" className="utrecht-heading-2">
          {changesTexts.list.title}
        </h2>
        {changes.isPending ? <Loading /> : null}
        {changes.isError ? (
          <LoadError error={changes.error} onRetry={() => void changes.refetch()} />
        ) : null}
        {data ? <ChangeList grant={grant} items={data.items} /> : null}
      </section>
      {officer && data ? (
        <PendingRequests grant={grant} items={data.items.filter((c) => c.status === 'pending')} />
      ) : null}
      {officer && open ? <LowerGrantForm grant={grant} /> : null}
      {applicant && data ? (
        open ? (
          <RequestChangeForm grant={grant} budgetLines={data.budgetLines} />
        ) : (
          <p className="utrecht-paragraph">{changesTexts.request.closed}</p>
        )
      ) : null}
    </>
  );
}

function ChangeList({ grant, items }: { grant: Grant; items: GrantChange[] }) {
  const t = changesTexts.list;
  const excess = grant.paidCents - grant.grantedCents;
  const withdrawal = items.find((c) => c.kind === 'withdrawal');
  return (
    <>
      {withdrawal?.reclaimDueDay && withdrawal.excessCents ? (
        <Alert type="warning">
          <p className="utrecht-paragraph">
            {t.reclaim(formatEuro(withdrawal.excessCents), formatDay(withdrawal.reclaimDueDay))}
          </p>
        </Alert>
      ) : excess > 0 ? (
        <Alert type="warning">
          <p className="utrecht-paragraph">{t.excess(formatEuro(excess))}</p>
        </Alert>
      ) : null}
      {items.length === 0 ? (
        <p className="utrecht-paragraph">{t.empty}</p>
      ) : (
        <Table
          id="wijzigingen-lijst"
          caption={t.caption(items.length)}
          columns={[
            t.columns.reference,
            t.columns.kind,
            t.columns.summary,
            t.columns.status,
            t.columns.letter,
          ]}
        >
          {items.map((change) => (
            <tr className="utrecht-table__row" key={change.id}>
              <th scope="row" className={cell.data}>
                {change.reference}
              </th>
              <td className={cell.data}>{changesTexts.kinds[change.kind]}</td>
              <td className={cell.data}>{change.summary}</td>
              <td className={cell.data}>
                {changesTexts.statuses[change.status]}
                {change.decidedAt ? ` (${formatDay(change.decidedAt.slice(0, 10))})` : null}
              </td>
              <td className={cell.data}>
                {change.hasLetter ? (
                  <a
                    className="utrecht-link utrecht-link--html-a"
                    href={changeLetterUrl(grant.id, change.id)}
                  >
                    {t.letter(change.reference)}
                  </a>
                ) : (
                  t.noLetter
                )}
              </td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}

/** A link to the letter of the change a timeline step names ("WB-2026-0001: …"). */
export function TimelineLetterLink({ grantId, detail }: { grantId: string; detail: string }) {
  const changes = useQuery(grantChangesQueryOptions(grantId));
  const reference = detail.split(':')[0];
  const change = changes.data?.items.find((c) => c.reference === reference && c.hasLetter);
  if (!change) return null;
  return (
    <>
      {' '}
      <a className="utrecht-link utrecht-link--html-a" href={changeLetterUrl(grantId, change.id)}>
        {changesTexts.timelineLetter(change.reference)}
      </a>
    </>
  );
}

// ---- The organisation asks -----------------------------------------------------------------

interface RequestValues {
  kind: string;
  periodStart: string;
  periodEnd: string;
  budgetLines: { amount: string }[];
  activity: string;
  explanation: string;
}

// Only the fields of the chosen kind go to the server, which checks them with the same schema.
const requestFormSchema = z
  .object({
    kind: z.string(),
    periodStart: z.string(),
    periodEnd: z.string(),
    budgetLines: z.array(z.object({ amount: requiredEuroText() })),
    activity: z.string(),
    explanation: z.string(),
  })
  .transform(({ kind, explanation, ...v }) =>
    kind === 'period'
      ? { kind, periodStart: v.periodStart, periodEnd: v.periodEnd, explanation }
      : kind === 'budget_shift'
        ? { kind, budgetLines: v.budgetLines.map((l) => l.amount), explanation }
        : kind === 'activity'
          ? { kind, activity: v.activity, explanation }
          : { kind, explanation },
  )
  .pipe(into(changeRequestBodySchema));
type RequestOutput = z.output<typeof requestFormSchema>;
const requestResolver = zodResolver(requestFormSchema) as unknown as Resolver<
  RequestValues,
  unknown,
  RequestOutput
>;

export function RequestChangeForm({
  grant,
  budgetLines,
}: {
  grant: Grant;
  budgetLines: { label: string; description: string; cents: number }[];
}) {
  const t = changesTexts.request;
  const ask = useRequestChange(grant.id);
  const feedback = useFormFeedback(changesTexts.failed);
  const form = useForm<RequestValues, unknown, RequestOutput>({
    resolver: requestResolver,
    defaultValues: {
      kind: '',
      periodStart: grant.periodStart,
      periodEnd: grant.periodEnd,
      budgetLines: budgetLines.map((l) => ({ amount: euroInputValue(l.cents) })),
      activity: '',
      explanation: '',
    },
    shouldFocusError: false,
  });
  const lines = useFieldArray({ control: form.control, name: 'budgetLines' });
  const { errors, isSubmitting } = form.formState;
  const kind = form.watch('kind');
  const fields: FieldSpec<RequestValues>[] = [
    { name: 'kind', id: 'wijziging-soort-0' },
    { name: 'periodStart', id: 'wijziging-begin' },
    { name: 'periodEnd', id: 'wijziging-einde' },
    ...budgetLines.map((_, i) => ({
      name: `budgetLines.${i}.amount` as const,
      id: `wijziging-post-${i}`,
    })),
    { name: 'budgetLines', id: 'wijziging-post-0' },
    { name: 'activity', id: 'wijziging-activiteit' },
    { name: 'explanation', id: 'wijziging-toelichting' },
  ];

  const onValid = async (values: RequestOutput) => {
    feedback.reset();
    try {
      const made = await ask.mutateAsync(values);
      feedback.succeeded(t.sent(made.reference));
      form.reset();
    } catch (error) {
      feedback.failed(error, form.setError, fields);
    }
  };

  return (
    <section aria-labelledby="wijziging-aanvragen-titel" className="sr-section sr-form-section">
      <h2 id="wijziging-aanvragen-titel" className="utrecht-heading-2">
        {t.title}
      </h2>
      <p className="utrecht-paragraph">{t.intro}</p>
      <p className="utrecht-paragraph">{t.rules}</p>
      <FormProblems id="wijziging-fouten" errors={errors} fields={fields} feedback={feedback} />
      <form
        className="sr-form"
        noValidate
        onSubmit={(event) => void form.handleSubmit(onValid, feedback.invalid)(event)}
      >
        <RadioField
          control={form.control}
          name="kind"
          id="wijziging-soort"
          legend={t.kind}
          options={CHANGE_KINDS.map((k) => ({ value: k, label: changesTexts.kinds[k] }))}
          error={errors.kind?.message}
        />
        {kind === 'period' ? (
          <>
            <TextField
              id="wijziging-begin"
              type="date"
              label={t.periodStart}
              className="sr-textbox--short"
              error={errors.periodStart?.message}
              {...form.register('periodStart')}
            />
            <TextField
              id="wijziging-einde"
              type="date"
              label={t.periodEnd}
              className="sr-textbox--short"
              error={errors.periodEnd?.message}
              {...form.register('periodEnd')}
            />
          </>
        ) : null}
        {kind === 'budget_shift' ? (
          <Fieldset
            id="wijziging-posten"
            legend={t.budgetLegend}
            error={errors.budgetLines?.message}
          >
            {lines.fields.map((line, i) => (
              <TextField
                key={line.id}
                id={`wijziging-post-${i}`}
                label={t.budgetLine(
                  budgetLines[i]!.label,
                  budgetLines[i]!.description,
                  formatEuro(budgetLines[i]!.cents),
                )}
                description={t.amountHint}
                inputMode="decimal"
                className="sr-textbox--short"
                error={errors.budgetLines?.[i]?.amount?.message}
                {...form.register(`budgetLines.${i}.amount`)}
              />
            ))}
          </Fieldset>
        ) : null}
        {kind === 'activity' ? (
          <TextareaField
            id="wijziging-activiteit"
            label={t.activity}
            rows={4}
            error={errors.activity?.message}
            {...form.register('activity')}
          />
        ) : null}
        <TextareaField
          id="wijziging-toelichting"
          label={t.explanation}
          rows={3}
          error={errors.explanation?.message}
          {...form.register('explanation')}
        />
        <div className="sr-actions">
          <Button type="submit" busy={isSubmitting}>
            {t.submit}
          </Button>
        </div>
      </form>
      <StatusMessage>{feedback.status}</StatusMessage>
    </section>
  );
}

// ---- The policy officer decides ------------------------------------------------------------

function PendingRequests({ grant, items }: { grant: Grant; items: GrantChange[] }) {
  const t = changesTexts.decide;
  const [done, setDone] = useState<string | null>(null);
  return (
    <section aria-labelledby="verzoeken-titel" className="sr-section">
      <h2 id="verzoeken-titel" className="utrecht-heading-2">
        {t.title}
      </h2>
      {items.length === 0 ? <p className="utrecht-paragraph">{t.none}</p> : null}
      {items.map((change) => (
        <DecideChangeForm
          key={change.id}
          grant={grant}
          change={change}
          onDecided={() => setDone(t.done(change.reference))}
        />
      ))}
      <StatusMessage>{done}</StatusMessage>
    </section>
  );
}

interface DecideValues {
  outcome: string;
  reasons: string;
}
const decideResolver = zodResolver(into(changeDecisionBodySchema)) as unknown as Resolver<
  DecideValues,
  unknown,
  z.output<typeof changeDecisionBodySchema>
>;

export function DecideChangeForm({
  grant,
  change,
  onDecided,
}: {
  grant: Grant;
  change: GrantChange;
  onDecided: () => void;
}) {
  const t = changesTexts.decide;
  const id = `besluit-${change.reference}`;
  const decide = useDecideChange(grant.id, change.id);
  const feedback = useFormFeedback(changesTexts.failed);
  const form = useForm<DecideValues, unknown, z.output<typeof changeDecisionBodySchema>>({
    resolver: decideResolver,
    defaultValues: { outcome: '', reasons: '' },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const fields: FieldSpec<DecideValues>[] = [
    { name: 'outcome', id: `${id}-keuze-0` },
    { name: 'reasons', id: `${id}-motivering` },
  ];
  const onValid = async (values: z.output<typeof changeDecisionBodySchema>) => {
    feedback.reset();
    try {
      await decide.mutateAsync(values);
      onDecided();
    } catch (error) {
      feedback.failed(error, form.setError, fields);
    }
  };
  return (
    <div className="sr-form-section">
      <p className="utrecht-paragraph">
        {t.asked(change.reference, change.requestedByName ?? '—', change.summary)}
      </p>
      {change.explanation ? (
        <p className="utrecht-paragraph">{t.explanation(change.explanation)}</p>
      ) : null}
      <FormProblems id={`${id}-fouten`} errors={errors} fields={fields} feedback={feedback} />
      <form
        className="sr-form"
        noValidate
        onSubmit={(event) => void form.handleSubmit(onValid, feedback.invalid)(event)}
      >
        <RadioField
          control={form.control}
          name="outcome"
          id={`${id}-keuze`}
          legend={t.outcome(change.reference)}
          options={[
            { value: 'granted', label: t.granted },
            { value: 'refused', label: t.refused },
          ]}
          error={errors.outcome?.message}
        />
        <TextareaField
          id={`${id}-motivering`}
          label={t.reasons}
          rows={4}
          error={errors.reasons?.message}
          {...form.register('reasons')}
        />
        <div className="sr-actions">
          <Button type="submit" busy={isSubmitting}>
            {t.submit}
          </Button>
        </div>
      </form>
    </div>
  );
}

// ---- The policy officer lowers or withdraws ------------------------------------------------

interface LowerValues {
  kind: string;
  newAmount: string;
  ground: string;
  reasons: string;
}

const lowerFormSchema = z
  .object({ kind: z.string(), newAmount: z.string(), ground: z.string(), reasons: z.string() })
  .transform((values, ctx) => {
    if (values.kind !== 'lowering') return { ...values, newAmount: undefined };
    const cents = requiredEuroText('Vul het nieuwe bedrag in.').safeParse(values.newAmount);
    if (!cents.success) {
      ctx.addIssue({
        code: 'custom',
        path: ['newAmount'],
        message: cents.error.issues[0]?.message ?? '',
      });
      return z.NEVER;
    }
    return { ...values, newAmount: cents.data };
  })
  .transform(({ newAmount, ...values }) => ({
    ...values,
    ...(newAmount === undefined ? {} : { newCents: newAmount }),
  }))
  .pipe(into(loweringBodySchema));
type LowerOutput = z.output<typeof lowerFormSchema>;
const lowerResolver = zodResolver(lowerFormSchema) as unknown as Resolver<
  LowerValues,
  unknown,
  LowerOutput
>;

export function LowerGrantForm({ grant }: { grant: Grant }) {
  const t = changesTexts.lower;
  const lower = useLowerGrant(grant.id);
  const feedback = useFormFeedback(changesTexts.failed);
  const [asking, setAsking] = useState<LowerOutput | null>(null);
  const form = useForm<LowerValues, unknown, LowerOutput>({
    resolver: lowerResolver,
    defaultValues: { kind: '', newAmount: '', ground: '', reasons: '' },
    shouldFocusError: false,
  });
  const { errors } = form.formState;
  const kind = form.watch('kind');
  const fields: FieldSpec<LowerValues>[] = [
    { name: 'kind', id: 'verlagen-soort-0' },
    { name: 'newAmount', id: 'verlagen-bedrag' },
    { name: 'ground', id: 'verlagen-grond-0' },
    { name: 'reasons', id: 'verlagen-motivering' },
  ];

  const onConfirm = async () => {
    if (!asking) return;
    feedback.reset();
    try {
      const made = await lower.mutateAsync(asking);
      feedback.succeeded(t.done(made.reference));
      form.reset();
    } catch (error) {
      // The server names the amount `newCents`; the form's field is `newAmount`.
      const renamed =
        error instanceof ApiError
          ? new ApiError(
              error.status,
              error.code,
              error.message,
              error.fields.map((f) => (f.path === 'newCents' ? { ...f, path: 'newAmount' } : f)),
            )
          : error;
      feedback.failed(renamed, form.setError, fields);
    } finally {
      setAsking(null);
    }
  };

  return (
    <section aria-labelledby="verlagen-titel" className="sr-section sr-form-section">
      <h2 id="verlagen-titel" className="utrecht-heading-2">
        {t.title}
      </h2>
      <p className="utrecht-paragraph">{t.intro}</p>
      <FormProblems id="verlagen-fouten" errors={errors} fields={fields} feedback={feedback} />
      <form
        className="sr-form"
        noValidate
        onSubmit={(event) =>
          void form.handleSubmit((values) => setAsking(values), feedback.invalid)(event)
        }
      >
        <RadioField
          control={form.control}
          name="kind"
          id="verlagen-soort"
          legend={t.kind}
          options={[
            { value: 'lowering', label: t.lowering },
            { value: 'withdrawal', label: t.withdrawal },
          ]}
          error={errors.kind?.message}
        />
        {kind === 'lowering' ? (
          <TextField
            id="verlagen-bedrag"
            label={t.newAmount}
            description={t.newAmountHint(formatEuro(grant.grantedCents))}
            inputMode="decimal"
            className="sr-textbox--short"
            error={errors.newAmount?.message}
            {...form.register('newAmount')}
          />
        ) : null}
        <RadioField
          control={form.control}
          name="ground"
          id="verlagen-grond"
          legend={t.ground}
          options={LOWERING_GROUNDS.map((g) => ({ value: g, label: t.grounds[g] }))}
          error={errors.ground?.message}
        />
        <TextareaField
          id="verlagen-motivering"
          label={t.reasons}
          rows={5}
          error={errors.reasons?.message}
          {...form.register('reasons')}
        />
        <div className="sr-actions">
          <Button type="submit">{t.submit}</Button>
        </div>
      </form>
      <ConfirmDialog
        open={asking !== null}
        title={t.confirmTitle}
        confirmLabel={t.confirm}
        busy={lower.isPending}
        onConfirm={() => void onConfirm()}
        onCancel={() => setAsking(null)}
      >
        <p className="utrecht-paragraph">
          {asking?.kind === 'withdrawal'
            ? t.confirmWithdrawal(grant.reference)
            : t.confirmLowering(
                grant.reference,
                formatEuro(grant.grantedCents),
                formatEuro(asking?.newCents ?? 0),
              )}
        </p>
      </ConfirmDialog>
      <StatusMessage>{feedback.status}</StatusMessage>
    </section>
  );
}

/** The change requests waiting for the policy officer, each with the way to its grant. */
export function PendingChangesList() {
  const t = changesTexts.decide;
  const pending = useQuery(pendingChangesQueryOptions());
  if (!pending.data || pending.data.length === 0) return null;
  return (
    <section aria-labelledby="wachtende-verzoeken-titel" className="sr-section">
      <h2 id="wachtende-verzoeken-titel" className="utrecht-heading-2">
        {t.title}
      </h2>
      <ul className="utrecht-unordered-list">
        {pending.data.map((change) => (
          <li className="utrecht-unordered-list__item" key={change.id}>
            <Link
              to="/subsidies/$grantId"
              params={{ grantId: change.grantId }}
              className="utrecht-link utrecht-link--html-a"
            >
              {t.pendingItem(change.grantReference, change.organisationName, change.reference)}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A radio group bound to one field of the form; the group's name is its id. */
function RadioField<V extends FieldValues, O>({
  control,
  name,
  id,
  legend,
  options,
  error,
}: {
  control: Control<V, unknown, O>;
  name: Path<V>;
  id: string;
  legend: string;
  options: ChoiceOption[];
  error: string | undefined;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <ChoiceGroup
          type="radio"
          id={id}
          legend={legend}
          name={id}
          options={options}
          value={field.value || null}
          onChange={field.onChange}
          onBlur={field.onBlur}
          ref={field.ref}
          error={error}
        />
      )}
    />
  );
}
