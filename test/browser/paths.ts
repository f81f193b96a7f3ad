import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The project root, found from this file so tests run from any working directory. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Sample API answers; CI has `../shared` beside the clone. */
export const FIXTURES_DIR = path.resolve(REPO_ROOT, '../shared/fixtures/api');

/** What `wxt build` produces and Chromium loads unpacked. */
export const EXTENSION_DIR = path.resolve(REPO_ROOT, '.output/chrome-mv3');

/** The project's documentation, where generated tables (docs/reliability.md) are written. */
export const DOCS_DIR = path.resolve(REPO_ROOT, 'docs');

/**
 * Where the browser tests save their screenshots: `test-results/screenshots` (ignored by git)
 * on every run, and `docs/` (the pictures the README embeds) with `npm run screenshots`.
 */
export const SCREENSHOT_DIR = process.env.FANLENS_UPDATE_DOCS
  ? DOCS_DIR
  : path.resolve(REPO_ROOT, 'test-results/screenshots');
