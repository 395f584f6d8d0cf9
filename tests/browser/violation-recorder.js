// Loaded first in an example page under test (a classic script, so it runs before the rest of the
// page is parsed): records what the page's Content-Security-Policy blocks, every uncaught error
// and rejection, and every console.error (Lit and the elements report problems there).
window.recorded = { violations: [], errors: [] };
document.addEventListener('securitypolicyviolation', (e) => window.recorded.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
window.addEventListener('error', (e) => window.recorded.errors.push(e.message));
window.addEventListener('unhandledrejection', (e) => window.recorded.errors.push(String(e.reason)));
const consoleError = console.error.bind(console);
console.error = (...args) => {
  window.recorded.errors.push(args.map(String).join(' '));
  consoleError(...args);
};
