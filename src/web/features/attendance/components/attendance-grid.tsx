import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { Cell } from '../../../../domain/participants/attendance.ts';
import type { AttendanceWeekView } from '../../../../server/features/attendance/attendance.schemas.ts';
import { cx } from '../../../components/class-names.ts';
import { Table } from '../../../components/table.tsx';
import { attendanceTexts as texts } from '../texts.ts';
import {
  anonymousId,
  canBePresent,
  cellDay,
  cellKey,
  cellPart,
  columnsOf,
  presenceId,
  presenceKey,
  type Draft,
} from './attendance-draft.ts';

function RowHeader({ children }: { children: ReactNode }) {
  return (
    <th scope="row" className="utrecht-table__cell">
      {children}
    </th>
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

interface AttendanceGridProps {
  view: AttendanceWeekView;
  caption: string;
  draft: Draft;
  onChange: (draft: Draft) => void;
  /** Ids of fields the last save found wrong. */
  invalid: ReadonlySet<string>;
}

/**
 * Participants × open day parts as a table of native checkboxes, with the anonymous count per
 * day part below them. Arrow keys move between the checkboxes; Space ticks one.
 */
export function AttendanceGrid({ view, caption, draft, onChange, invalid }: AttendanceGridProps) {
  const tableRef = useRef<HTMLTableElement>(null);
  const columns = columnsOf(view);
  const days = [...new Set(columns.map((c) => c.day))].map((day) => ({
    day,
    parts: columns.filter((c) => c.day === day).length,
  }));
  const firstOfDay = (i: number) => i === 0 || columns[i - 1]?.day !== columns[i]?.day;
  const participants = view.participants;

  const setPresent = (keys: string[], on: boolean) => {
    const present = new Set(draft.present);
    for (const key of keys) {
      if (on) present.add(key);
      else present.delete(key);
    }
    onChange({ ...draft, present });
  };

  const moveFocus = (event: KeyboardEvent<HTMLTableElement>) => {
    const target = event.target;
    const move = MOVES[event.key];
    if (!move || !(target instanceof HTMLInputElement) || target.type !== 'checkbox') return;
    const row = Number(target.dataset['row']);
    const col = Number(target.dataset['col']);
    if (Number.isNaN(row) || Number.isNaN(col)) return;
    event.preventDefault();
    // Skip cells without a checkbox (days a participant is not registered).
    for (
      let r = row + move[0], c = col + move[1];
      r >= 0 && r < participants.length && c >= 0 && c < columns.length;
      r += move[0], c += move[1]
    ) {
      const next = tableRef.current?.querySelector<HTMLInputElement>(
        `input[data-row="${r}"][data-col="${c}"]`,
      );
      if (next) {
        next.focus();
        return;
      }
    }
  };

  const columnKeys = (c: Cell) =>
    participants.filter((p) => canBePresent(p, c)).map((p) => presenceKey(p.id, c));
  const totalOf = (c: Cell) =>
    columnKeys(c).filter((key) => draft.present.has(key)).length +
    Math.max(0, Number(draft.anonymous[cellKey(c)]) || 0);
  const cellClass = (c: Cell, i: number, fieldId: string) =>
    cx(
      'utrecht-table__cell',
      firstOfDay(i) && 'sr-attendance__first',
      invalid.has(fieldId) && 'sr-attendance__invalid',
    );
  const marker = (fieldId: string) =>
    invalid.has(fieldId) ? (
      <span className="sr-attendance__marker" aria-hidden="true">
        !
      </span>
    ) : null;

  return (
    <Table
      caption={caption}
      captionHidden
      className="sr-attendance__table"
      tableRef={tableRef}
      onKeyDown={moveFocus}
      foot={
        <tr className="utrecht-table__row">
          <RowHeader>{texts.total}</RowHeader>
          {columns.map((c, i) => (
            <td key={cellKey(c)} className={cellClass(c, i, '')}>
              {totalOf(c)}
            </td>
          ))}
        </tr>
      }
      colgroups={
        <>
          <colgroup>
            <col />
          </colgroup>
          {days.map(({ day, parts }) => (
            <colgroup key={day} span={parts} />
          ))}
        </>
      }
      head={
        <>
          <tr className="utrecht-table__row">
            <th
              scope="col"
              rowSpan={2}
              className="utrecht-table__header-cell sr-attendance__corner"
            >
              {texts.participant}
            </th>
            {days.map(({ day, parts }) => (
              <th scope="colgroup" colSpan={parts} key={day} className="utrecht-table__header-cell">
                {capitalise(cellDay({ day, dayPart: 'morning' }))}
              </th>
            ))}
          </tr>
          <tr className="utrecht-table__row">
            {columns.map((c, i) => (
              <th
                scope="col"
                key={cellKey(c)}
                className={cx(
                  'utrecht-table__header-cell',
                  firstOfDay(i) && 'sr-attendance__first',
                )}
              >
                {capitalise(cellPart(c.dayPart))}
              </th>
            ))}
          </tr>
        </>
      }
    >
      {participants.length > 0 ? (
        <tr className="utrecht-table__row">
          <RowHeader>{texts.quick}</RowHeader>
          {columns.map((c, i) => {
            const keys = columnKeys(c);
            const all = keys.length > 0 && keys.every((key) => draft.present.has(key));
            return (
              <td key={cellKey(c)} className={cellClass(c, i, '')}>
                <button
                  type="button"
                  className="utrecht-button utrecht-button--secondary-action sr-attendance__quick"
                  disabled={keys.length === 0}
                  onClick={() => setPresent(keys, !all)}
                >
                  {all ? texts.nobody : texts.everyone}
                  <span className="sr-visually-hidden">
                    {texts.everyoneRest(cellDay(c), cellPart(c.dayPart))}
                  </span>
                </button>
              </td>
            );
          })}
        </tr>
      ) : null}
      {participants.map((participant, row) => (
        <tr className="utrecht-table__row" key={participant.id}>
          <RowHeader>{participant.displayName}</RowHeader>
          {columns.map((c, col) => {
            const id = presenceId(participant.id, c);
            if (!canBePresent(participant, c)) {
              return (
                <td key={cellKey(c)} className={cellClass(c, col, id)}>
                  <span aria-hidden="true">–</span>
                  <span className="sr-visually-hidden">{texts.notRegistered}</span>
                </td>
              );
            }
            const key = presenceKey(participant.id, c);
            return (
              <td key={cellKey(c)} className={cellClass(c, col, id)}>
                <label className="sr-attendance__check">
                  <input
                    id={id}
                    type="checkbox"
                    data-row={row}
                    data-col={col}
                    checked={draft.present.has(key)}
                    aria-invalid={invalid.has(id) || undefined}
                    onChange={(event) => setPresent([key], event.target.checked)}
                  />
                  <span className="sr-visually-hidden">
                    {texts.cell(participant.displayName, cellDay(c), cellPart(c.dayPart))}
                  </span>
                  {marker(id)}
                </label>
              </td>
            );
          })}
        </tr>
      ))}
      <tr className="utrecht-table__row">
        <RowHeader>{texts.anonymous}</RowHeader>
        {columns.map((c, i) => {
          const id = anonymousId(c);
          return (
            <td key={cellKey(c)} className={cellClass(c, i, id)}>
              <label htmlFor={id} className="sr-visually-hidden">
                {texts.anonymousCell(cellDay(c), cellPart(c.dayPart))}
              </label>
              <input
                id={id}
                type="number"
                inputMode="numeric"
                min={0}
                max={500}
                step={1}
                className={cx(
                  'utrecht-textbox',
                  'utrecht-textbox--html-input',
                  'sr-attendance__count',
                  invalid.has(id) && 'utrecht-textbox--invalid',
                )}
                aria-invalid={invalid.has(id) || undefined}
                value={draft.anonymous[cellKey(c)] ?? ''}
                onFocus={(event) => event.target.select()}
                onChange={(event) =>
                  onChange({
                    ...draft,
                    anonymous: { ...draft.anonymous, [cellKey(c)]: event.target.value },
                  })
                }
              />
              {marker(id)}
            </td>
          );
        })}
      </tr>
    </Table>
  );
}
