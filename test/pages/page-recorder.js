// Records, for a test that opens this page in an iframe, what a strict page would see: CSP and
// Trusted Types violations, console warnings and errors, uncaught errors and unhandled rejections.
// A classic external script (inline scripts are blocked by the page's CSP), loaded before the bundle.
(function () {
  var report = (window.__pageReport = { violations: [], warnings: [], errors: [] });
  function onViolation(event) {
    var target = event.target && event.target.nodeName ? ' at <' + event.target.nodeName.toLowerCase() + '>' : '';
    report.violations.push(event.violatedDirective + ' blocked ' + (event.blockedURI || '(inline)') + target + ' ' + (event.sample || '') + ' ' + (event.sourceFile || '') + ':' + event.lineNumber);
  }
  document.addEventListener('securitypolicyviolation', onViolation, true);
  window.addEventListener('error', function (event) {
    report.errors.push('error: ' + event.message);
  });
  window.addEventListener('unhandledrejection', function (event) {
    report.errors.push('unhandled rejection: ' + String(event.reason));
  });
  ['warn', 'error'].forEach(function (level) {
    var original = console[level];
    console[level] = function () {
      var text = Array.prototype.map.call(arguments, String).join(' ');
      (level === 'warn' ? report.warnings : report.errors).push(text);
      return original.apply(console, arguments);
    };
  });
})();
