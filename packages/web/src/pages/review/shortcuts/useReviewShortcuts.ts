import { useEffect, useRef } from 'react';

export interface ReviewShortcutHandlers {
  toggle(): void;
  skip(direction: -1 | 1): void;
  previousQuestion(): void;
  nextQuestion(): void;
  stepRate(direction: -1 | 1): void;
  undo(): void;
}

/** Typing must never trigger a shortcut: text fields, selects and editable content keep their keys. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest('input, textarea, select') !== null;
}

/** Space keeps activating ordinary buttons and links; on transcript lines (data-space-plays) it plays. */
function spaceBelongsToTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const control = target.closest('button, a[href], summary, [role="button"]');
  return control !== null && !(control instanceof HTMLElement && control.dataset.spacePlays === 'true');
}

/**
 * The review page's keys: Space play/pause, ←/→ 5 s, J/K previous/next question, < / > speed,
 * Ctrl/Cmd+Z undo. Listening on window so they work wherever focus is, except while typing.
 */
export function useReviewShortcuts(handlers: ReviewShortcutHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || isTyping(event.target)) return;
      const on = latest.current;
      const command = event.ctrlKey || event.metaKey;
      if (command && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'z') {
        event.preventDefault();
        on.undo();
        return;
      }
      if (command || event.altKey) return;
      const action = keyAction(event.key, on, event.target);
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

function keyAction(key: string, on: ReviewShortcutHandlers, target: EventTarget | null): (() => void) | null {
  switch (key) {
    case ' ':
      return spaceBelongsToTarget(target) ? null : on.toggle;
    case 'ArrowLeft':
      return () => on.skip(-1);
    case 'ArrowRight':
      return () => on.skip(1);
    case 'j':
    case 'J':
      return on.previousQuestion;
    case 'k':
    case 'K':
      return on.nextQuestion;
    case '<':
      return () => on.stepRate(-1);
    case '>':
      return () => on.stepRate(1);
    default:
      return null;
  }
}
