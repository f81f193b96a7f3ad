/**
 * Wraps the handler of a panel action so that only events the browser made for a person run
 * it. The overlay's shadow root is open, so any script on the marketplace page can find the
 * panel's buttons and call `.click()` or dispatch a made-up click; such events arrive with
 * `isTrusted === false`, and a paid request must never start from one. A real click, or Enter
 * or Space on a focused button, is trusted. Anything but exactly `true` is refused, so an
 * environment that lacks the flag fails closed.
 *
 * A page script can also restyle the panel through the open root, e.g. stretch an invisible
 * 刷新 over the whole page so that the user's own clicks land on it. A button that has been
 * blown up past any size the panel draws, or made (nearly) transparent, is refused too.
 */
export function whenTrusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted !== true) return;
    if (event.currentTarget instanceof Element && tampered(event.currentTarget)) return;
    handler(event);
  };
}

/** Larger than any button the panel draws (the folded tab is the tallest, about 100 px). */
const MAX_BUTTON_PX = { width: 320, height: 160 };
const MIN_OPACITY = 0.5;

function tampered(button: Element): boolean {
  const { width, height } = button.getBoundingClientRect();
  if (width > MAX_BUTTON_PX.width || height > MAX_BUTTON_PX.height) return true;

  for (let node: Element | null = button; node; node = parentAcrossShadow(node)) {
    const opacity = Number.parseFloat(getComputedStyle(node).opacity);
    if (!Number.isNaN(opacity) && opacity < MIN_OPACITY) return true;
  }
  return false;
}

function parentAcrossShadow(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
