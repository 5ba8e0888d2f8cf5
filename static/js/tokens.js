// The token viewer: a pasted token is sent to the lab, which decodes it, checks the signature and asks a TokenReview.
'use strict';

const LabTokens = (() => {
  async function inspect(token) {
    const result = document.getElementById('token-result');
    const input = document.getElementById('token-input');
    if (!result || !input) {
      return;
    }
    input.value = token;
    const response = await Lab.post('/api/tokens/inspect', { token });
    if (!response.ok) {
      result.textContent = await Lab.errorMessage(response, response.statusText);
      return;
    }
    Lab.replaceWith(result, await response.text());
  }

  document.addEventListener('DOMContentLoaded', () => {
    const form = document.getElementById('token-form');
    if (!form) {
      return;
    }
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      inspect(document.getElementById('token-input').value);
    });
  });

  return { inspect };
})();
