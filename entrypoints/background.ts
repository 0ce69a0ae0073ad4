import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Wired by the portal and popup features (badge, offscreen PDF reading).
});
