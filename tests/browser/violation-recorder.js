// Loaded first in an example page under test (a classic script, so it runs before the rest of the
// page is parsed): records what the page's Content-Security-Policy blocks and every uncaught error.
window.recorded = { violations: [], errors: [] };
document.addEventListener('securitypolicyviolation', (e) => window.recorded.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
window.addEventListener('error', (e) => window.recorded.errors.push(e.message));
