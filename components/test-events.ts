/**
 * A click as the browser reports a person's click: `isTrusted` true. happy-dom marks no event
 * trusted (it lacks the flag), while the panel's actions run only for trusted events.
 */
export function trustedClick(element: Element): void {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  element.dispatchEvent(event);
}
