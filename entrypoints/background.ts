import { browser } from 'wxt/browser';
import { createBackground } from '@/utils/background/create-background';

export default defineBackground(() => {
  // Content scripts have no reason to touch extension storage; keeping them out means the
  // token cannot leak through one even if a marketplace page found a way into it.
  void browser.storage.local
    .setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' })
    .catch((error: unknown) => console.warn('[fanlens] storage access level not set', error));

  const route = createBackground();

  // onMessage listeners must answer through sendResponse and return true to stay open;
  // returning a promise is not supported everywhere.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void route(message, sender).then(sendResponse, (error: unknown) => {
      console.error('[fanlens] message failed', error);
      sendResponse({ refused: 'malformed-request' });
    });
    return true;
  });
});
