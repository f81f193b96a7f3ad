import { defineConfig } from 'wxt';

// Least privilege: storage, the two API environments, and the marketplace (see README).
export default defineConfig({
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage'],
    host_permissions: [
      'https://api.justoneapi.com/*',
      'http://47.117.133.51:30015/*',
      // Already implied by the content script; listed so the popup may read the active tab's
      // URL and open on the creator shown there.
      '*://pgy.xiaohongshu.com/*',
    ],
    action: { default_title: '__MSG_extName__' },
    // The overlay bundle is imported by the marketplace content script on creator pages only.
    web_accessible_resources: [
      { resources: ['overlay.js'], matches: ['*://pgy.xiaohongshu.com/*'], use_dynamic_url: true },
    ],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
