#!/usr/bin/env node
// Browser tests need a Chromium and a CJK font (without one, Chinese renders as boxes and
// screenshots lie). Installs Debian's packages when missing and running as root; otherwise
// stops with a message that says what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const hasCjkFont = () => {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
};

const missing = [];
if (!existsSync(chromePath)) {
  if (process.env.CHROME_PATH) fail(`CHROME_PATH is set to ${chromePath}, which does not exist.`);
  missing.push('chromium');
}
if (!hasCjkFont()) missing.push('fonts-wqy-microhei');

if (missing.length > 0) {
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    fail(
      `Missing for the browser tests: ${missing.join(', ')}.\n` +
        `Install them (Debian/Ubuntu: sudo apt-get install -y ${missing.join(' ')}), ` +
        'or set CHROME_PATH to a Chromium or Chrome binary.',
    );
  }
  console.log(`Installing ${missing.join(', ')} with apt-get ...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
  if (!existsSync(chromePath) || !hasCjkFont()) fail('apt-get finished but Chromium or the CJK font is still missing.');
}

function fail(message) {
  console.error(`\n[budget-viz] ${message}\n`);
  process.exit(1);
}
