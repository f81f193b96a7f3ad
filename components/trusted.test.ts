// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { trustedClick } from './test-events';
import { whenTrusted } from './trusted';

function buttonWith(handler: (event: MouseEvent) => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.addEventListener('click', whenTrusted(handler));
  document.body.append(button);
  return button;
}

function clickMarked(button: HTMLButtonElement, isTrusted: unknown): void {
  const event = new MouseEvent('click', { bubbles: true });
  Object.defineProperty(event, 'isTrusted', { value: isTrusted });
  button.dispatchEvent(event);
}

describe('whenTrusted', () => {
  it('runs the handler once for a trusted click, with that event', () => {
    const handler = vi.fn();
    const button = buttonWith(handler);
    trustedClick(button);

    expect(handler).toHaveBeenCalledTimes(1);
    expect(handler.mock.calls[0]![0]).toMatchObject({ type: 'click', isTrusted: true });
  });

  it('ignores what a page script can do: .click() and dispatched events', () => {
    const handler = vi.fn();
    const button = buttonWith(handler);
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    button.dispatchEvent(new PointerEvent('click', { bubbles: true }));

    expect(handler).not.toHaveBeenCalled();
  });

  it.each([false, undefined, 'true', 1])('fails closed when isTrusted is %j', (flag) => {
    const handler = vi.fn();
    clickMarked(buttonWith(handler), flag);
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a real click on a button a page script blew up over the page', () => {
    const handler = vi.fn();
    const button = buttonWith(handler);
    button.getBoundingClientRect = () => DOMRect.fromRect({ width: 1280, height: 800 });
    trustedClick(button);
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a real click on a button made transparent, on itself or an ancestor', () => {
    const handler = vi.fn();
    const button = buttonWith(handler);
    const wrapper = document.createElement('div');
    wrapper.style.opacity = '0';
    wrapper.append(button);
    document.body.append(wrapper);
    trustedClick(button);
    expect(handler).not.toHaveBeenCalled();

    wrapper.style.opacity = '1';
    trustedClick(button);
    expect(handler).toHaveBeenCalledTimes(1);
  });
});
