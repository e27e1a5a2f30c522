import {
  DAY_PARTS,
  DAY_PART_LABELS,
  WEEKDAYS,
  WEEKDAY_LABELS,
  type DayPart,
  type Weekday,
} from '../../../../domain/day-parts.ts';
import { Table } from '../../../components/table.tsx';
import { provisionsTexts } from '../texts.ts';
import { Fieldset } from '../../../components/fieldset.tsx';

const texts = provisionsTexts.fields;
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export type OpeningGrid = Record<Weekday, DayPart[]>;

interface DayPartsFieldProps {
  id: string;
  value: OpeningGrid;
  onChange: (value: OpeningGrid) => void;
  onBlur?: () => void;
}

/** Opening day parts as a grid: a row per weekday, a column per day part. */
export function DayPartsField({ id, value, onChange, onBlur }: DayPartsFieldProps) {
  const count = WEEKDAYS.reduce((sum, day) => sum + value[day].length, 0);
  const toggle = (day: Weekday, part: DayPart, on: boolean) => {
    const parts = on ? [...value[day], part] : value[day].filter((p) => p !== part);
    onChange({ ...value, [day]: DAY_PARTS.filter((p) => parts.includes(p)) });
  };
  return (
    <Fieldset id={id} framed legend={texts.opening} description={texts.openingHint}>
      <Table
        caption={texts.openingCaption}
        captionHidden
        className="sr-table--grid"
        columns={[
          texts.weekday,
          ...DAY_PARTS.map((part) => ({ key: part, label: capitalise(DAY_PART_LABELS[part]) })),
        ]}
      >
        {WEEKDAYS.map((day) => (
          <tr className="utrecht-table__row" key={day}>
            <th scope="row" className="utrecht-table__cell">
              {capitalise(WEEKDAY_LABELS[day])}
            </th>
            {DAY_PARTS.map((part) => {
              const checkboxId = `${id}-${day}-${part}`;
              return (
                <td className="utrecht-table__cell sr-table__cell--center" key={part}>
                  <input
                    id={checkboxId}
                    type="checkbox"
                    className="utrecht-checkbox utrecht-checkbox--html-input sr-checkbox"
                    checked={value[day].includes(part)}
                    onChange={(event) => toggle(day, part, event.target.checked)}
                    onBlur={onBlur}
                  />
                  <label className="sr-visually-hidden" htmlFor={checkboxId}>
                    {`${WEEKDAY_LABELS[day]} ${DAY_PART_LABELS[part]}`}
                  </label>
                </td>
              );
            })}
          </tr>
        ))}
      </Table>
      <p className="utrecht-paragraph" aria-live="polite">
        {texts.dayPartsPerWeek(count)}
      </p>
    </Fieldset>
  );
}
