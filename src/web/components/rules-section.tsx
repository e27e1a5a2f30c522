/**
 * "Zo rekenen we": the rules a page applies (its docs/rules/ document in plain Dutch), shown
 * under the figures to the people who use them.
 */
export function RulesSection({
  id,
  title,
  rules,
}: {
  id: string;
  title: string;
  rules: readonly string[];
}) {
  return (
    <section aria-labelledby={id} className="sr-section">
      <h2 id={id} className="utrecht-heading-2">
        {title}
      </h2>
      <ul className="utrecht-unordered-list">
        {rules.map((rule) => (
          <li className="utrecht-unordered-list__item" key={rule}>
            {rule}
          </li>
        ))}
      </ul>
    </section>
  );
}
