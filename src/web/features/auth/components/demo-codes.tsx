import '../two-factor.css';
import { useQuery } from '@tanstack/react-query';
import { demoCodesQueryOptions } from '../api/two-factor-api.ts';
import { securityTexts } from '../security-texts.ts';

const texts = securityTexts.demo;

/** Groups of three digits are easier to read and copy: "123 456". */
const readable = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`;

/**
 * On the demo municipality: the current codes of the demo accounts that log in with a second
 * factor. Their secret is public, so showing the code gives nothing away.
 */
export function DemoCodes() {
  const { data } = useQuery(demoCodesQueryOptions);
  if (!data || data.codes.length === 0) return null;
  return (
    <section aria-labelledby="demo-codes-titel" className="sr-section">
      <h2 id="demo-codes-titel" className="utrecht-heading-2">
        {texts.title}
      </h2>
      <p className="utrecht-paragraph">{texts.intro}</p>
      <dl className="sr-facts">
        {data.codes.map((entry) => (
          <div className="sr-facts__item" key={entry.email}>
            <dt>{texts.codeFor(entry.email)}</dt>
            <dd>
              {entry.code ? (
                <span className="sr-code" translate="no">
                  {readable(entry.code)}
                </span>
              ) : (
                texts.wait
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
