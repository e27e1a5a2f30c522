import { Link } from '@tanstack/react-router';
import { doubleFinancingTexts } from '../texts.ts';

const links = doubleFinancingTexts.links;
const ITEMS = [
  { to: '/dubbele-financiering', label: links.overview },
  { to: '/dubbele-financiering/import', label: links.import },
  { to: '/dubbele-financiering/afbakening', label: links.scope },
  { to: '/dubbele-financiering/signalen', label: links.signals },
] as const;

/** The pages of the double-financing check, the current one marked (aria-current). */
export function FeatureLinks() {
  return (
    <nav aria-label={links.overview} className="sr-section">
      <ul className="utrecht-unordered-list">
        {ITEMS.map((item) => (
          <li className="utrecht-unordered-list__item" key={item.to}>
            <Link
              to={item.to}
              activeOptions={{ exact: true }}
              className="utrecht-link utrecht-link--html-a"
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
