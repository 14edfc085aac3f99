import { EVENT_TYPE_LABELS, type JobEvent, type Message, ROUND_LABELS } from '@furikaeri/core';

/** "1次面接" for an interview with a round, otherwise the type ("座談会"). */
export function eventKind(event: Pick<JobEvent, 'type' | 'round'>): Message {
  if (event.type === 'interview' && event.round) return ROUND_LABELS[event.round];
  return EVENT_TYPE_LABELS[event.type];
}

/** The event's own title when it has one, else its kind. */
export function eventHeading(event: Pick<JobEvent, 'type' | 'round' | 'title'>): Message {
  return event.title ? { ja: event.title, en: event.title } : eventKind(event);
}

/** A badge that adds information to the heading: the type when the heading is the round, nothing when equal. */
export function eventBadge(event: Pick<JobEvent, 'type' | 'round' | 'title'>): Message | null {
  const heading = eventHeading(event);
  const kind = eventKind(event);
  if (event.title) return kind;
  const type = EVENT_TYPE_LABELS[event.type];
  return type.ja === heading.ja ? null : type;
}
