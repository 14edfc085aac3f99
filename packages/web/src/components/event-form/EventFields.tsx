import {
  EVENT_TYPE_LABELS,
  EVENT_TYPES,
  type EventType,
  INTERVIEW_ROUNDS,
  type InterviewRound,
  ROUND_LABELS,
} from '@furikaeri/core';
import type { EventFormValue } from '../../api/library';
import { useLocale } from '../../i18n/LocaleContext';
import { common } from '../../i18n/strings/common';
import { eventForm } from '../../i18n/strings/library';
import { Field } from '../Field';
import { ConsentFieldset } from './ConsentFieldset';
import { ParticipantsEditor } from './ParticipantsEditor';

interface EventFieldsProps {
  value: EventFormValue;
  onChange(next: EventFormValue): void;
  /** Open with the consent options in view and focused. */
  focusConsent?: boolean;
}

/** Every field of an event but its company: used by both the "add" and the "edit" form. */
export function EventFields({ value, onChange, focusConsent }: EventFieldsProps) {
  const { t } = useLocale();
  const set = (patch: Partial<EventFormValue>) => onChange({ ...value, ...patch });
  const setType = (type: EventType) => set({ type, round: type === 'interview' ? (value.round ?? 'first') : null });

  return (
    <>
      <div className="form-row">
        <Field label={t(eventForm.type)}>
          {(id) => (
            <select
              id={id}
              className="input"
              value={value.type}
              onChange={(event) => setType(event.target.value as EventType)}
              data-testid="event-type"
            >
              {EVENT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(EVENT_TYPE_LABELS[type])}
                </option>
              ))}
            </select>
          )}
        </Field>
        {value.type === 'interview' && (
          <Field label={t(eventForm.round)}>
            {(id) => (
              <select
                id={id}
                className="input"
                value={value.round ?? ''}
                onChange={(event) => set({ round: (event.target.value || null) as InterviewRound | null })}
                data-testid="event-round"
              >
                <option value="">{t(eventForm.noRound)}</option>
                {INTERVIEW_ROUNDS.map((round) => (
                  <option key={round} value={round}>
                    {t(ROUND_LABELS[round])}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>
      <div className="form-row">
        <Field label={t(eventForm.date)}>
          {(id) => (
            <input
              id={id}
              className="input"
              type="date"
              required
              value={value.date}
              onChange={(event) => set({ date: event.target.value })}
              data-testid="event-date"
            />
          )}
        </Field>
        <Field label={t(eventForm.time)} optional>
          {(id) => (
            <input
              id={id}
              className="input"
              type="time"
              value={value.time ?? ''}
              onChange={(event) => set({ time: event.target.value || null })}
              data-testid="event-time"
            />
          )}
        </Field>
      </div>
      <Field label={t(eventForm.title)} optional>
        {(id) => (
          <input
            id={id}
            className="input"
            value={value.title}
            maxLength={200}
            placeholder={t(eventForm.titlePlaceholder)}
            onChange={(event) => set({ title: event.target.value })}
            data-testid="event-title"
          />
        )}
      </Field>
      <ParticipantsEditor value={value.participants} onChange={(participants) => set({ participants })} />
      <Field label={t(common.notes)} optional>
        {(id) => (
          <textarea
            id={id}
            className="input textarea"
            rows={3}
            value={value.notes}
            placeholder={t(eventForm.notesPlaceholder)}
            onChange={(event) => set({ notes: event.target.value })}
            data-testid="event-notes"
          />
        )}
      </Field>
      <ConsentFieldset value={value.consent} onChange={(consent) => set({ consent })} focusOnMount={focusConsent} />
    </>
  );
}
