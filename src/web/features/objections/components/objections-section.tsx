import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDay } from '../../../../domain/dates.ts';
import {
  OBJECTION_OUTCOMES,
  type ObjectionOutcome,
} from '../../../../domain/tender/objection-outcomes.ts';
import type { Objection } from '../../../../server/features/objections/objections.schemas.ts';
import { ApiError } from '../../../app/api-client.ts';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { LoadError } from '../../../components/query-state.tsx';
import { ChoiceGroup } from '../../../components/choice-group.tsx';
import { Table, cell } from '../../../components/table.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { TextareaField } from '../../../components/textarea-field.tsx';
import {
  applicationObjectionsQueryOptions,
  objectionLetterUrl,
  useDecideObjection,
  useRecordHearing,
  useRegisterObjection,
} from '../api/objections-api.ts';
import { objectionsTexts as texts } from '../texts.ts';

const fieldError = (error: unknown, path: string) =>
  error instanceof ApiError ? error.fields.find((f) => f.path === path)?.message : undefined;
const generalError = (error: unknown, shownPaths: string[]) =>
  error instanceof ApiError
    ? error.fields.some((f) => shownPaths.includes(f.path))
      ? null
      : error.message
    : error
      ? texts.failed
      : null;

export const outcomeText = (o: Objection) =>
  o.outcome ? texts.outcomes[o.outcome] : texts.undecided;

/**
 * Objections against the application's decisions: their status for the applicant; for the
 * policy officer also registering, the hearing and the decision on the objection.
 */
export function ObjectionsSection({
  applicationId,
  mayManage,
  hasIssuedDecision,
}: {
  applicationId: string;
  mayManage: boolean;
  hasIssuedDecision: boolean;
}) {
  const objections = useQuery(applicationObjectionsQueryOptions(applicationId));
  const items = objections.data ?? [];
  if (!mayManage && items.length === 0) return null;
  if (mayManage && items.length === 0 && !hasIssuedDecision) return null;
  return (
    <section aria-labelledby="bezwaar-titel" className="sr-section">
      <h2 id="bezwaar-titel" className="utrecht-heading-2">
        {texts.section.title}
      </h2>
      {objections.isError ? (
        <LoadError error={objections.error} onRetry={() => void objections.refetch()} />
      ) : null}
      {items.length === 0 ? (
        <p className="utrecht-paragraph">{texts.section.none}</p>
      ) : (
        <Table
          id="bezwaarschriften"
          caption={texts.section.caption}
          columns={Object.values(texts.section.columns)}
        >
          {items.map((o) => (
            <tr className="utrecht-table__row" key={o.id}>
              <td className={cell.data}>{o.reference}</td>
              <td className={cell.data}>{o.decisionReference}</td>
              <td className={cell.data}>{formatDay(o.receivedDay)}</td>
              <td className={cell.data}>{formatDay(o.deadlineDay)}</td>
              <td className={cell.data}>{texts.inTime(o.inTime)}</td>
              <td className={cell.data}>
                {o.hearingDay ? formatDay(o.hearingDay) : texts.section.noHearing}
              </td>
              <td className={cell.data}>
                {outcomeText(o)}
                {o.newDecisionReference ? (
                  <>
                    <br />
                    {texts.section.newDecision(o.newDecisionReference)}
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </Table>
      )}
      {items
        .filter((o) => o.html)
        .map((o) => (
          <details key={o.id} className="sr-section">
            <summary>{texts.section.letterSummary(o.reference)}</summary>
            <p className="utrecht-paragraph">
              <a
                className="utrecht-link utrecht-link--html-a"
                href={objectionLetterUrl(applicationId, o.id)}
                download
              >
                {texts.section.letter(o.reference)}
              </a>
            </p>
            <article
              className="sr-decision-letter"
              // The server escapes every text in this fragment (h2, h3 and p only).
              dangerouslySetInnerHTML={{ __html: o.html! }}
            />
          </details>
        ))}
      {mayManage
        ? items
            .filter((o) => !o.decidedAt)
            .map((o) => (
              <div key={o.id}>
                <HearingForm objection={o} />
                <DecideForm objection={o} />
              </div>
            ))
        : null}
      {mayManage && hasIssuedDecision ? <RegisterForm applicationId={applicationId} /> : null}
    </section>
  );
}

function RegisterForm({ applicationId }: { applicationId: string }) {
  const register = useRegisterObjection(applicationId);
  const [receivedDay, setReceivedDay] = useState('');
  const [postedDay, setPostedDay] = useState('');
  return (
    <form
      className="sr-form sr-form-section"
      noValidate
      aria-labelledby="bezwaar-registreren-titel"
      onSubmit={(event) => {
        event.preventDefault();
        register.mutate({ receivedDay: receivedDay.trim(), postedDay: postedDay.trim() || null });
      }}
    >
      <h3 id="bezwaar-registreren-titel" className="utrecht-heading-3">
        {texts.register.title}
      </h3>
      <p className="utrecht-paragraph">{texts.register.intro}</p>
      <StatusMessage>
        {register.isSuccess
          ? texts.register.done(
              register.data.reference,
              register.data.inTime,
              formatDay(register.data.deadlineDay),
            )
          : null}
      </StatusMessage>
      <ErrorMessage>{generalError(register.error, ['receivedDay', 'postedDay'])}</ErrorMessage>
      <TextField
        id="bezwaar-ontvangen"
        label={texts.register.receivedDay}
        description={texts.register.dayHint}
        type="date"
        value={receivedDay}
        error={fieldError(register.error, 'receivedDay')}
        onChange={(event) => setReceivedDay(event.target.value)}
      />
      <TextField
        id="bezwaar-poststempel"
        label={texts.register.postedDay}
        description={texts.register.dayHint}
        type="date"
        value={postedDay}
        error={fieldError(register.error, 'postedDay')}
        onChange={(event) => setPostedDay(event.target.value)}
      />
      <div className="sr-actions">
        <Button type="submit" busy={register.isPending}>
          {texts.register.submit}
        </Button>
      </div>
    </form>
  );
}

function HearingForm({ objection }: { objection: Objection }) {
  const hearing = useRecordHearing(objection.id);
  const [day, setDay] = useState(objection.hearingDay ?? '');
  const [notes, setNotes] = useState(objection.hearingNotes ?? '');
  const id = `hoorzitting-${objection.id}`;
  return (
    <form
      className="sr-form sr-form-section"
      noValidate
      aria-labelledby={`${id}-titel`}
      onSubmit={(event) => {
        event.preventDefault();
        hearing.mutate({ hearingDay: day.trim(), hearingNotes: notes });
      }}
    >
      <h3 id={`${id}-titel`} className="utrecht-heading-3">
        {texts.hearing.title(objection.reference)}
      </h3>
      <StatusMessage>{hearing.isSuccess ? texts.hearing.done : null}</StatusMessage>
      <ErrorMessage>{generalError(hearing.error, ['hearingDay', 'hearingNotes'])}</ErrorMessage>
      <TextField
        id={`${id}-datum`}
        label={texts.hearing.day}
        type="date"
        value={day}
        error={fieldError(hearing.error, 'hearingDay')}
        onChange={(event) => setDay(event.target.value)}
      />
      <TextareaField
        id={`${id}-verslag`}
        label={texts.hearing.notes}
        rows={4}
        maxLength={10_000}
        value={notes}
        error={fieldError(hearing.error, 'hearingNotes')}
        onChange={(event) => setNotes(event.target.value)}
      />
      <div className="sr-actions">
        <Button type="submit" appearance="secondary" busy={hearing.isPending}>
          {texts.hearing.submit}
        </Button>
      </div>
    </form>
  );
}

function DecideForm({ objection }: { objection: Objection }) {
  const decide = useDecideObjection(objection.id);
  const [outcome, setOutcome] = useState<ObjectionOutcome | null>(null);
  const [reasons, setReasons] = useState('');
  const id = `beslissing-${objection.id}`;
  return (
    <form
      className="sr-form sr-form-section"
      noValidate
      aria-labelledby={`${id}-titel`}
      onSubmit={(event) => {
        event.preventDefault();
        if (outcome) decide.mutate({ outcome, reasons: reasons.trim() });
      }}
    >
      <h3 id={`${id}-titel`} className="utrecht-heading-3">
        {texts.decide.title(objection.reference)}
      </h3>
      <p className="utrecht-paragraph">{texts.decide.intro}</p>
      <StatusMessage>
        {decide.isSuccess ? texts.decide.done(objection.reference) : null}
      </StatusMessage>
      <ErrorMessage>{generalError(decide.error, ['outcome', 'reasons'])}</ErrorMessage>
      <ChoiceGroup
        type="radio"
        id={`${id}-uitkomst`}
        legend={texts.decide.outcome}
        name={`${id}-uitkomst`}
        options={OBJECTION_OUTCOMES.map((o) => ({ value: o, label: texts.outcomes[o] }))}
        value={outcome}
        error={fieldError(decide.error, 'outcome')}
        onChange={(value) => setOutcome(value as ObjectionOutcome)}
      />
      <TextareaField
        id={`${id}-motivering`}
        label={texts.decide.reasons}
        description={texts.decide.reasonsHint}
        rows={8}
        maxLength={20_000}
        value={reasons}
        error={fieldError(decide.error, 'reasons')}
        onChange={(event) => setReasons(event.target.value)}
      />
      <div className="sr-actions">
        <Button type="submit" busy={decide.isPending}>
          {texts.decide.submit}
        </Button>
      </div>
    </form>
  );
}
