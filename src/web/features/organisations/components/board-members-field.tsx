import { useEffect, useRef, useState } from 'react';
import { Controller, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import type { organisationBodySchema } from '../../../../server/features/organisations/organisations.schemas.ts';
import { Button } from '../../../components/button.tsx';
import { errorMessage } from '../../../components/form-errors.ts';
import { TextField } from '../../../components/text-field.tsx';
import { organisationsTexts } from '../texts.ts';
import type { OrganisationFormValues } from './organisation-form.tsx';
import { Fieldset } from '../../../components/fieldset.tsx';

const texts = organisationsTexts.fields;

interface BoardMembersFieldProps {
  id: string;
  form: UseFormReturn<OrganisationFormValues, unknown, z.output<typeof organisationBodySchema>>;
}

/** The board: a list of name + position, with buttons to add and remove a member. */
export function BoardMembersField({ id, form }: BoardMembersFieldProps) {
  const addButton = useRef<HTMLButtonElement>(null);
  // After adding, focus goes to the new name; after removing, to the add button.
  const [focusAfterChange, setFocusAfterChange] = useState<'new' | 'add' | null>(null);
  const errors = form.formState.errors;
  const count = form.watch('boardMembers').length;

  useEffect(() => {
    if (focusAfterChange === 'new') document.getElementById(`${id}-${count - 1}-naam`)?.focus();
    if (focusAfterChange === 'add') addButton.current?.focus();
    setFocusAfterChange(null);
  }, [focusAfterChange, count, id]);

  return (
    <Controller
      control={form.control}
      name="boardMembers"
      render={({ field }) => (
        <Fieldset id={id} framed legend={texts.board} description={texts.boardHint}>
          {field.value.length === 0 ? <p className="utrecht-paragraph">{texts.noBoard}</p> : null}
          {field.value.map((member, index) => {
            const update = (change: Partial<typeof member>) =>
              field.onChange(field.value.map((m, i) => (i === index ? { ...m, ...change } : m)));
            return (
              <div className="sr-board-member" key={index}>
                <TextField
                  id={`${id}-${index}-naam`}
                  label={texts.memberName(index + 1)}
                  autoComplete="off"
                  value={member.name}
                  onChange={(event) => update({ name: event.target.value })}
                  onBlur={field.onBlur}
                  error={errorMessage(errors, `boardMembers.${index}.name`)}
                />
                <TextField
                  id={`${id}-${index}-functie`}
                  label={texts.memberPosition(index + 1)}
                  description={index === 0 ? texts.memberPositionHint : undefined}
                  autoComplete="off"
                  value={member.position}
                  onChange={(event) => update({ position: event.target.value })}
                  onBlur={field.onBlur}
                  error={errorMessage(errors, `boardMembers.${index}.position`)}
                />
                <div className="sr-actions">
                  <Button
                    appearance="secondary"
                    onClick={() => {
                      field.onChange(field.value.filter((_, i) => i !== index));
                      setFocusAfterChange('add');
                    }}
                  >
                    {texts.removeMember(index + 1)}
                  </Button>
                </div>
              </div>
            );
          })}
          <div className="sr-actions">
            <Button
              id={`${id}-toevoegen`}
              ref={addButton}
              appearance="secondary"
              onClick={() => {
                field.onChange([...field.value, { name: '', position: '' }]);
                setFocusAfterChange('new');
              }}
            >
              {texts.addMember}
            </Button>
          </div>
        </Fieldset>
      )}
    />
  );
}
