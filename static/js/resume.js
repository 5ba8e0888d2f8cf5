// The resume code travels in the URL fragment (never sent to the server); put it in the form, then drop it from the URL.
'use strict';

document.addEventListener('DOMContentLoaded', () => {
  const code = window.location.hash.slice(1);
  const input = document.getElementById('resume-code');
  if (code && input) {
    input.value = decodeURIComponent(code);
    window.history.replaceState(null, '', window.location.pathname);
  }
});
