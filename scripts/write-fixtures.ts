/** Writes tests/fixtures/tiny-budget.json from the minimal document, for tests that fetch a second document. */
import { writeFileSync } from 'node:fs';
import { minimalDocument } from '../tests/fixtures/minimal-document.js';

writeFileSync(new URL('../tests/fixtures/tiny-budget.json', import.meta.url), JSON.stringify(minimalDocument(), null, 2) + '\n');
