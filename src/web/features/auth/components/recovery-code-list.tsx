import '../two-factor.css';
import { securityTexts } from '../security-texts.ts';

/** The recovery codes, shown once: a numbered list, easy to print or copy. */
export function RecoveryCodeList({ codes }: { codes: string[] }) {
  return (
    <>
      <h3 className="utrecht-heading-3">{securityTexts.enrolment.recoveryCodes}</h3>
      <p className="utrecht-paragraph">{securityTexts.enrolment.recoveryIntro}</p>
      <ol className="utrecht-ordered-list sr-recovery-codes" translate="no">
        {codes.map((code) => (
          <li className="utrecht-ordered-list__item" key={code}>
            <span className="sr-code">{code}</span>
          </li>
        ))}
      </ol>
    </>
  );
}
