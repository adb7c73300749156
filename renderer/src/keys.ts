import type { KeyboardEvent as ReactKeyboardEvent } from 'react';

type AnyKeyboardEvent = KeyboardEvent | ReactKeyboardEvent;

/**
 * Whether a keydown belongs to an input method's composition (pinyin and the
 * like): its Enter picks a candidate or commits the letters typed, and its
 * Escape drops them, so neither is the field's. Chromium flags such keys with
 * isComposing; some hosts send the key that ends a composition after
 * compositionend, marked only by keyCode 229.
 */
export function isComposing(event: AnyKeyboardEvent): boolean {
  const native = 'nativeEvent' in event ? event.nativeEvent : event;
  return native.isComposing || native.keyCode === 229;
}

/** An Enter the user meant for the field (to commit it), not one an input method used. */
export function isCommitEnter(event: AnyKeyboardEvent): boolean {
  return event.key === 'Enter' && !isComposing(event);
}

/** For a form's onKeyDown: an input method's Enter must not submit the form by implicit submission. */
export function holdComposingEnter(event: ReactKeyboardEvent): void {
  if (event.key === 'Enter' && isComposing(event)) event.preventDefault();
}

/** Whether a key goes to something the user types in: there, single keys and caret keys are the field's own. */
export function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}
