// The console: what the learner types goes to /api/console; what comes back is shown as text, never as HTML.
'use strict';

const LabConsole = (() => {
  const MAX_ENTRIES = 400;
  const JWT = /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}/g;

  let output;
  let line;
  let prompt;
  let context;
  let strings = {};
  const history = [];
  let historyIndex = 0;
  let draft = '';
  let queue = Promise.resolve();

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  /** Output text with tokens made clickable (they open the token viewer). */
  function outputBlock(text, className) {
    const pre = el('pre', className);
    let last = 0;
    for (const match of text.matchAll(JWT)) {
      pre.append(document.createTextNode(text.slice(last, match.index)));
      const button = el('button', 'jwt', match[0]);
      button.type = 'button';
      button.title = strings.inspectToken || '';
      button.dataset.token = match[0];
      pre.append(button);
      last = match.index + match[0].length;
    }
    pre.append(document.createTextNode(text.slice(last)));
    return pre;
  }

  function requestButton(request) {
    const button = el('button', 'request ' + (request.code < 400 ? 'allowed' : request.denied ? 'denied' : 'failed'));
    button.type = 'button';
    button.dataset.request = request.id;
    button.append(el('span', 'method', request.method));
    button.append(el('span', 'uri', request.uri));
    button.append(el('span', 'code', String(request.code)));
    if (request.source === 'POD') {
      button.append(el('span', 'source', 'pod'));
    }
    return button;
  }

  /** One command with its output and requests. */
  function render(entry) {
    const block = el('div', 'entry' + (entry.exitCode === 0 ? '' : ' failed'));
    block.dataset.id = entry.id;
    if (entry.command !== '' || entry.prompt !== '') {
      const commandLine = el('div', 'command-line');
      const lines = entry.command.split('\n');
      lines.forEach((text, i) => {
        const row = el('div', 'typed');
        row.append(el('span', 'prompt', i === 0 ? entry.prompt : '> '));
        row.append(el('span', 'cmd', text));
        commandLine.append(row);
      });
      block.append(commandLine);
    }
    if (entry.stdout) {
      block.append(outputBlock(entry.stdout, 'stdout'));
    }
    if (entry.stderr) {
      block.append(outputBlock(entry.stderr, 'stderr'));
    }
    if (entry.requests && entry.requests.length > 0) {
      const list = el('div', 'requests');
      list.setAttribute('role', 'group');
      list.setAttribute('aria-label', strings.requests || 'API requests');
      // discovery (the same on every first command) is folded into one toggle unless it is all there is
      const discovery = entry.requests.filter((r) => r.discovery && !r.denied);
      const shown = discovery.length === entry.requests.length ? entry.requests
        : entry.requests.filter((r) => !(r.discovery && !r.denied));
      if (discovery.length > 0 && shown !== entry.requests) {
        const toggle = el('button', 'request discovery-toggle', (strings.discovery || 'discovery') + ' ×' + discovery.length);
        toggle.type = 'button';
        toggle.setAttribute('aria-expanded', 'false');
        const folded = el('span', 'discovery-requests');
        folded.hidden = true;
        discovery.forEach((request) => folded.append(requestButton(request)));
        toggle.addEventListener('click', () => {
          folded.hidden = !folded.hidden;
          toggle.setAttribute('aria-expanded', String(!folded.hidden));
        });
        list.append(toggle, folded);
      }
      shown.forEach((request) => list.append(requestButton(request)));
      block.append(list);
    }
    output.append(block);
    while (output.childElementCount > MAX_ENTRIES) {
      output.firstElementChild.remove();
    }
    output.scrollTop = output.scrollHeight;
    return block;
  }

  function setPrompt(text, contextLabel) {
    if (text !== undefined) {
      prompt.textContent = text;
    }
    if (contextLabel !== undefined && context) {
      context.textContent = contextLabel;
    }
  }

  async function loadHistory() {
    const response = await Lab.get('/api/console/history');
    if (!response.ok) {
      return;
    }
    const json = await response.json();
    let entries = json.entries;
    // what came before the last "clear" stays cleared after a reload
    for (let i = entries.length - 1; i >= 0; i--) {
      if (entries[i].command.trim() === 'clear') {
        entries = entries.slice(i + 1);
        break;
      }
    }
    json.entries.forEach((entry) => {
      if (entry.command.trim() !== '') {
        history.push(entry.command);
      }
    });
    historyIndex = history.length;
    entries.forEach(render);
    document.dispatchEvent(new CustomEvent('lab:history', { detail: entries }));
  }

  /** Sends one input to the server; inputs run one after another, in the order given. */
  function run(text) {
    queue = queue.then(() => send(text)).catch(() => undefined);
    return queue;
  }

  async function send(text) {
    if (text.trim() !== '' && history[history.length - 1] !== text) {
      history.push(text);
    }
    historyIndex = history.length;
    draft = '';
    const response = await Lab.post('/api/console', { input: text });
    if (!response.ok) {
      const message = await Lab.errorMessage(response, strings.failed || response.statusText);
      render({ id: 0, prompt: prompt.textContent, command: text, stdout: '', stderr: message + '\n', exitCode: 1 });
      return null;
    }
    const reply = await response.json();
    if (reply.clear) {
      output.replaceChildren();
    }
    const block = render(reply);
    setPrompt(reply.nextPrompt, reply.context);
    document.dispatchEvent(new CustomEvent('lab:command', { detail: { reply, block } }));
    return reply;
  }

  async function complete() {
    const before = line.value.slice(0, line.selectionStart);
    const response = await Lab.get('/api/console/complete?line=' + encodeURIComponent(before));
    if (!response.ok) {
      return;
    }
    const candidates = (await response.json()).candidates;
    if (candidates.length === 0) {
      return;
    }
    const current = /\S*$/.exec(before)[0];
    let common = candidates[0];
    candidates.forEach((c) => {
      while (!c.startsWith(common)) {
        common = common.slice(0, -1);
      }
    });
    const completion = candidates.length === 1 ? candidates[0] + ' ' : common;
    if (completion.length > current.length) {
      const after = line.value.slice(line.selectionStart);
      line.value = before.slice(0, before.length - current.length) + completion + after;
      const caret = before.length - current.length + completion.length;
      line.setSelectionRange(caret, caret);
    } else if (candidates.length > 1) {
      render({ id: 0, prompt: '', command: '', stdout: candidates.join('  ') + '\n', stderr: '', exitCode: 0 });
    }
  }

  function resize() {
    line.rows = Math.min(12, Math.max(1, line.value.split('\n').length));
  }

  function onKey(event) {
    const caretOnFirstLine = line.value.lastIndexOf('\n', line.selectionStart - 1) < 0;
    const caretOnLastLine = line.value.indexOf('\n', line.selectionEnd) < 0;
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      const text = line.value;
      line.value = '';
      resize();
      run(text);
    } else if (event.key === 'ArrowUp' && caretOnFirstLine && history.length > 0) {
      event.preventDefault();
      if (historyIndex === history.length) {
        draft = line.value;
      }
      historyIndex = Math.max(0, historyIndex - 1);
      line.value = history[historyIndex];
      resize();
    } else if (event.key === 'ArrowDown' && caretOnLastLine && historyIndex < history.length) {
      event.preventDefault();
      historyIndex += 1;
      line.value = historyIndex === history.length ? draft : history[historyIndex];
      resize();
    } else if (event.key === 'Tab' && !event.shiftKey && line.value.trim() !== '') {
      event.preventDefault();
      complete();
    } else if (event.key === 'l' && event.ctrlKey) {
      event.preventDefault();
      output.replaceChildren();
    } else if (event.key === 'c' && event.ctrlKey && line.selectionStart === line.selectionEnd) {
      event.preventDefault();
      render({ id: 0, prompt: prompt.textContent, command: line.value + '^C', stdout: '', stderr: '', exitCode: 0 });
      line.value = '';
      resize();
    }
  }

  /** Puts a command into the input line for the learner to check and run. */
  function paste(text) {
    line.value = text;
    resize();
    line.focus();
  }

  document.addEventListener('DOMContentLoaded', () => {
    const root = document.getElementById('console');
    if (!root) {
      return;
    }
    output = document.getElementById('console-output');
    line = document.getElementById('console-line');
    prompt = document.getElementById('console-prompt');
    context = document.getElementById('console-context');
    strings = { ...root.dataset };
    line.addEventListener('keydown', onKey);
    line.addEventListener('input', resize);
    document.getElementById('console-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const text = line.value;
      line.value = '';
      resize();
      run(text);
    });
    document.getElementById('console-clear').addEventListener('click', () => {
      output.replaceChildren();
      line.focus();
    });
    output.addEventListener('click', (event) => {
      const request = event.target.closest('button.request');
      if (request) {
        output.querySelectorAll('button.request.selected').forEach((b) => b.classList.remove('selected'));
        request.classList.add('selected');
        document.dispatchEvent(new CustomEvent('lab:request', { detail: { id: request.dataset.request } }));
      }
      const token = event.target.closest('button.jwt');
      if (token) {
        document.dispatchEvent(new CustomEvent('lab:token', { detail: { token: token.dataset.token } }));
      }
    });
    loadHistory();
  });

  return { run, paste, render, setPrompt };
})();
