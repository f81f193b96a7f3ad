import { defineConfig } from 'wxt';

// Both API environments must be reachable from the service worker; nothing else is.
export default defineConfig({
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage'],
    host_permissions: ['https://api.justoneapi.com/*', 'http://47.117.133.51:30015/*'],
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
