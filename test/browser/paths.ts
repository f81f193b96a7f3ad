import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The project root, found from this file so tests run from any working directory. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Sample API answers; CI has `../shared` beside the clone. */
export const FIXTURES_DIR = path.resolve(REPO_ROOT, '../shared/fixtures/api');

/** What `wxt build` produces and Chromium loads unpacked. */
export const EXTENSION_DIR = path.resolve(REPO_ROOT, '.output/chrome-mv3');

/** Screenshots the README embeds. */
export const DOCS_DIR = path.resolve(REPO_ROOT, 'docs');
