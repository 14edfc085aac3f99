import type { ChecklistItem } from '@furikaeri/core';
import { Section } from '../../components/Section';
import { useLocale } from '../../i18n/LocaleContext';
import { prepText } from '../../i18n/strings/prep';

/** The round at a glance: answers prepared, my key points, the 逆質問 still to ask. */
export function RoundChecklist({ items }: { items: ChecklistItem[] }) {
  const { t } = useLocale();
  return (
    <Section title={t(prepText.checklist)} card testId="checklist">
      <ul className="plain-list checklist">
        {items.map((item) => (
          <li
            key={`${item.kind}:${item.text}`}
            className="checklist__item"
            data-kind={item.kind}
            data-done={item.done}
            data-testid="checklist-item"
          >
            <span aria-hidden="true">{item.done ? '☑' : '☐'}</span>
            <span className="meta-text">{t(prepText.checklistKinds[item.kind])}</span>
            <span>{item.text}</span>
          </li>
        ))}
      </ul>
    </Section>
  );
}
