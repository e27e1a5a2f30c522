/**
 * Making the participant's personal link: shown once, to copy, with a QR code to scan from
 * the screen or from paper. A new link makes the earlier one unusable.
 */
import { useEffect, useState } from 'react';
import { formatAmsterdamMoment } from '../../../../domain/dates.ts';
import type { QuestionnaireLink } from '../../../../server/features/measurements/measurements.schemas.ts';
import { ApiError } from '../../../app/api-client.ts';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { useCreateQuestionnaireLink } from '../api/measurements-api.ts';
import { measurementsTexts } from '../texts.ts';

const texts = measurementsTexts.link;
const ID = 'persoonlijke-link';
const until = (iso: string) => formatAmsterdamMoment(new Date(iso));

export function QuestionnaireLinkSection({
  participantId,
  activeLink,
}: {
  participantId: string;
  activeLink: { expiresAt: string } | null;
}) {
  const create = useCreateQuestionnaireLink(participantId);
  const [link, setLink] = useState<QuestionnaireLink | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  // Print only the link and its code (see measurements.css), then the page as usual again.
  useEffect(() => {
    const done = () => document.body.classList.remove('sr-printing-link');
    window.addEventListener('afterprint', done);
    return () => {
      window.removeEventListener('afterprint', done);
      done();
    };
  }, []);

  const onCreate = async () => {
    setStatus(null);
    setFailure(null);
    try {
      const created = await create.mutateAsync();
      setLink(created);
      setStatus(texts.created(until(created.expiresAt)));
    } catch (error) {
      setFailure(error instanceof ApiError ? error.message : texts.failed);
    }
  };

  const onCopy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus(texts.copied);
    } catch {
      setFailure(texts.copyFailed);
    }
  };

  const onPrint = () => {
    document.body.classList.add('sr-printing-link');
    window.print();
  };

  return (
    <section aria-labelledby={`${ID}-titel`} className="sr-section sr-form-section">
      <h3 id={`${ID}-titel`} className="utrecht-heading-3">
        {texts.title}
      </h3>
      <p className="utrecht-paragraph">{texts.intro}</p>
      {activeLink && !link ? (
        <p className="utrecht-paragraph">{texts.active(until(activeLink.expiresAt))}</p>
      ) : null}
      <StatusMessage>{status}</StatusMessage>
      <ErrorMessage>{failure}</ErrorMessage>
      {link ? (
        <div className="sr-link-box">
          <h4 className="utrecht-heading-4">{texts.url}</h4>
          <p className="utrecht-paragraph sr-no-print">{texts.urlHint}</p>
          <p id={`${ID}-url`} className="utrecht-paragraph sr-link-url">
            {link.url}
          </p>
          <figure className="sr-figure">
            <img
              className="sr-qr"
              src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(link.qrSvg)}`}
              alt={texts.qrAlt}
            />
            <figcaption className="utrecht-paragraph">
              {texts.qrCaption(until(link.expiresAt))}
            </figcaption>
          </figure>
          <div className="sr-actions sr-no-print">
            <Button appearance="secondary" onClick={() => void onCopy(link.url)}>
              {texts.copy}
            </Button>
            <Button appearance="secondary" onClick={onPrint}>
              {texts.print}
            </Button>
          </div>
        </div>
      ) : null}
      <div className="sr-actions">
        <Button busy={create.isPending} onClick={() => void onCreate()}>
          {link || activeLink ? texts.createAnother : texts.create}
        </Button>
      </div>
    </section>
  );
}
