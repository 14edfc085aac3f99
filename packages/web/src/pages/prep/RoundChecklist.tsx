import type { ChecklistItem, Message, Prediction } from '@furikaeri/core';
import { Section } from '../../components/Section';
import { useLocale } from '../../i18n/LocaleContext';
import { prepText } from '../../i18n/strings/prep';

/** The round at a glance: answers prepared, my key points, the 逆質問 still to ask. */
export function RoundChecklist({ items, predictions }: { items: ChecklistItem[]; predictions: readonly Prediction[] }) {
  const { t } = useLocale();
  // An answer to prepare is named by its predicted question's Japanese text: shown in the page's language.
  const questions = new Map<string, Message>(predictions.map((prediction) => [prediction.text.ja, prediction.text]));
  return (
    <Section title={t(prepText.checklist)} card testId="checklist">
      <ul className="plain-list checklist">
        {items.map((item) => {
          const question = item.kind === 'prepare_answer' ? questions.get(item.text) : undefined;
          return (
            <li
              key={`${item.kind}:${item.text}`}
              className="checklist__item"
              data-kind={item.kind}
              data-done={item.done}
              data-testid="checklist-item"
            >
              <span aria-hidden="true">{item.done ? '☑' : '☐'}</span>
              <span className="meta-text">{t(prepText.checklistKinds[item.kind])}</span>
              {/* My key points and 逆質問, and questions worded from what I said: user content. */}
              <span data-user-content>{question ? t(question) : item.text}</span>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
