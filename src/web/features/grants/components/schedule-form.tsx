import { useState } from 'react';
import { SCHEDULE_KINDS, type ScheduleKind } from '../../../../domain/grants/payment-schedule.ts';
import type { Grant } from '../../../../server/features/grants/grants.schemas.ts';
import { ApiError } from '../../../app/api-client.ts';
import { Alert, ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { type SummaryError, ErrorSummary } from '../../../components/error-summary.tsx';
import { euroInputValue, parseEuro } from '../../../components/money.ts';
import { SelectField } from '../../../components/select-field.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { useChangeSchedule } from '../api/grants-api.ts';
import { grantsTexts } from '../texts.ts';

const texts = grantsTexts.schedule;

interface Row {
  dueDay: string;
  amount: string;
}

const fieldId = (path: string) =>
  path === 'kind' ? 'schema-soort' : `schema-${path.replaceAll('.', '-')}`;

/**
 * The policy officer changes the schedule of advances until the first term goes into a
 * payment run: a standard schedule, or a list of its own, checked term by term on the server.
 */
export function ScheduleForm({ grant }: { grant: Grant }) {
  const change = useChangeSchedule(grant.id);
  const [kind, setKind] = useState<ScheduleKind>(grant.scheduleKind);
  const [rows, setRows] = useState<Row[]>(() =>
    grant.terms.map((t) => ({ dueDay: t.dueDay, amount: euroInputValue(t.amountCents) })),
  );
  const [errors, setErrors] = useState<{ path: string; message: string }[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [focusSignal, setFocusSignal] = useState(0);
  const errorOf = (path: string) => errors.find((e) => e.path === path)?.message;

  if (!grant.scheduleChangeable) {
    return (
      <section aria-labelledby="schema-titel" className="sr-section">
        <h2 id="schema-titel" className="utrecht-heading-2">
          {texts.title}
        </h2>
        <Alert type="info">
          <p className="utrecht-paragraph">{texts.locked}</p>
        </Alert>
      </section>
    );
  }

  const onSubmit = async () => {
    setErrors([]);
    setMessage(null);
    setSaved(null);
    const own: { path: string; message: string }[] = [];
    const terms = rows.map((row, i) => {
      const cents = parseEuro(row.amount);
      if (cents === undefined || cents === null)
        own.push({ path: `terms.${i}.amountCents`, message: texts.notAnAmount });
      return { dueDay: row.dueDay, amountCents: cents ?? 0 };
    });
    if (kind === 'custom' && own.length > 0) {
      setErrors(own);
      setFocusSignal((n) => n + 1);
      return;
    }
    try {
      await change.mutateAsync(kind === 'custom' ? { kind, terms } : { kind });
      setSaved(texts.saved);
    } catch (error) {
      if (error instanceof ApiError && error.fields.length > 0) {
        setErrors(error.fields);
        setFocusSignal((n) => n + 1);
      } else {
        setMessage(error instanceof ApiError ? error.message : grantsTexts.failed);
      }
    }
  };

  const summary: SummaryError[] = errors.map((e) => ({
    fieldId: e.path === 'terms' ? null : fieldId(e.path),
    message: e.message,
  }));

  return (
    <section aria-labelledby="schema-titel" className="sr-section sr-form-section">
      <h2 id="schema-titel" className="utrecht-heading-2">
        {texts.title}
      </h2>
      <p className="utrecht-paragraph">{texts.intro}</p>
      <ErrorSummary id="schema-fouten" errors={summary} focusSignal={focusSignal} />
      <ErrorMessage>{message}</ErrorMessage>
      <form
        className="sr-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void onSubmit();
        }}
      >
        <SelectField
          id="schema-soort"
          label={texts.kind}
          value={kind}
          onChange={(event) => setKind(event.target.value as ScheduleKind)}
          options={SCHEDULE_KINDS.map((k) => ({ value: k, label: grantsTexts.scheduleKinds[k] }))}
          error={errorOf('kind')}
        />
        {kind === 'custom' ? (
          <>
            {rows.map((row, i) => (
              <fieldset className="utrecht-form-fieldset sr-fieldset" key={i}>
                <legend className="utrecht-form-fieldset__legend">{texts.term(i + 1)}</legend>
                <TextField
                  id={fieldId(`terms.${i}.dueDay`)}
                  type="date"
                  label={texts.dueDay}
                  value={row.dueDay}
                  onChange={(event) =>
                    setRows(
                      rows.map((r, j) => (j === i ? { ...r, dueDay: event.target.value } : r)),
                    )
                  }
                  error={errorOf(`terms.${i}.dueDay`)}
                />
                <TextField
                  id={fieldId(`terms.${i}.amountCents`)}
                  label={texts.amount}
                  description={texts.amountHint}
                  inputMode="decimal"
                  value={row.amount}
                  onChange={(event) =>
                    setRows(
                      rows.map((r, j) => (j === i ? { ...r, amount: event.target.value } : r)),
                    )
                  }
                  error={errorOf(`terms.${i}.amountCents`)}
                />
                <Button appearance="subtle" onClick={() => setRows(rows.filter((_, j) => j !== i))}>
                  {texts.remove(i + 1)}
                </Button>
              </fieldset>
            ))}
            <div className="sr-actions">
              <Button
                appearance="secondary"
                onClick={() => setRows([...rows, { dueDay: grant.periodStart, amount: '' }])}
              >
                {texts.add}
              </Button>
            </div>
          </>
        ) : null}
        <div className="sr-actions">
          <Button type="submit" busy={change.isPending}>
            {texts.submit}
          </Button>
        </div>
      </form>
      <StatusMessage>{saved}</StatusMessage>
    </section>
  );
}
