/**
 * Wraps the handler of a panel action so that only events the browser made for a person run
 * it. The overlay's shadow root is open, so any script on the marketplace page can find the
 * panel's buttons and call `.click()` or dispatch a made-up click; such events arrive with
 * `isTrusted === false`, and a paid request must never start from one. A real click, or Enter
 * or Space on a focused button, is trusted. Anything but exactly `true` is refused, so an
 * environment that lacks the flag fails closed.
 */
export function whenTrusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted !== true) return;
    handler(event);
  };
}
