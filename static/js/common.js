// Shared by every page: the CSRF token on state-changing requests, confirmations, copy-friendly fields.
'use strict';

const Lab = (() => {
  const csrf = () => {
    const meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.content : '';
  };

  async function request(method, url, body) {
    const headers = { 'Accept': 'application/json, text/html' };
    if (method !== 'GET') {
      headers['X-CSRF-Token'] = csrf();
    }
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    const response = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
    return response;
  }

  /** The error message the lab sent (JSON {message}), or a fallback. */
  async function errorMessage(response, fallback) {
    try {
      const json = await response.json();
      return json.message || fallback;
    } catch (e) {
      return fallback;
    }
  }

  /** Puts server-rendered HTML (escaped by the templates) in place. */
  function replaceWith(element, html) {
    const template = document.createElement('template');
    template.innerHTML = html;
    element.replaceChildren(template.content);
  }

  return {
    get: (url) => request('GET', url),
    post: (url, body) => request('POST', url, body === undefined ? {} : body),
    errorMessage,
    replaceWith,
  };
})();

document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('[data-confirm]').forEach((button) => {
    const form = button.closest('form');
    if (!form) {
      return;
    }
    form.addEventListener('submit', (event) => {
      if (!window.confirm(button.dataset.confirm)) {
        event.preventDefault();
      }
    });
  });
  document.querySelectorAll('input.copyable').forEach((input) => {
    input.addEventListener('focus', () => input.select());
  });
});
