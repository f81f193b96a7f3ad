import { OVERLAY_GLOBAL } from '@/components/overlay/contract';
import { createOverlay } from '@/components/overlay/create-overlay';

// Loaded by the marketplace content script on the first creator page (see contract.ts).
export default defineUnlistedScript(() => {
  Object.defineProperty(globalThis, OVERLAY_GLOBAL, { value: createOverlay, configurable: true });
});
