import { Alert } from '../../../components/alert.tsx';
import { applicationsTexts } from '../texts.ts';

const texts = applicationsTexts.page;

/** "Indienen kan tot 1 maart 2027 om 12:00 (Nederlandse tijd)." or that it has passed. */
export function Deadline({ deadlineAt, display }: { deadlineAt: string; display: string }) {
  const passed = Date.now() >= new Date(deadlineAt).getTime();
  return passed ? (
    <Alert type="warning">
      <p className="utrecht-paragraph">{texts.deadlinePassed(display)}</p>
    </Alert>
  ) : (
    <p className="utrecht-paragraph utrecht-paragraph--lead sr-deadline">
      <strong>{texts.deadline(display)}</strong>
    </p>
  );
}
