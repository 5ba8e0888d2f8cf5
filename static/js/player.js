// The lesson player around the console: tabs, the "why" panel, the cluster panel, the YAML editor and the step's actions.
'use strict';

(() => {
  const main = document.querySelector('main.player');
  if (!main) {
    return;
  }
  const lesson = main.dataset.lesson;
  const step = main.dataset.step;
  const stepApi = `/api/lessons/${encodeURIComponent(lesson)}/steps/${encodeURIComponent(step)}`;
  const WHY_KEY = 'rbaclab.why';
  let editing = null;

  // ----- tabs (WAI-ARIA tabs pattern: arrow keys move between tabs) -----
  const tabs = Array.from(document.querySelectorAll('[role="tab"]'));

  function select(tab) {
    tabs.forEach((t) => {
      const selected = t === tab;
      t.setAttribute('aria-selected', String(selected));
      t.tabIndex = selected ? 0 : -1;
      document.getElementById(t.getAttribute('aria-controls')).hidden = !selected;
    });
    if (tab.id === 'tab-cluster') {
      refreshCluster();
    }
  }

  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => select(tab));
    tab.addEventListener('keydown', (event) => {
      const next = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (next !== 0) {
        const target = tabs[(i + next + tabs.length) % tabs.length];
        select(target);
        target.focus();
      }
    });
  });
  const tab = (id) => document.getElementById(id);

  // ----- the "why" panel -----
  async function showWhy(id, focusPanel) {
    const response = await Lab.get('/api/requests/' + encodeURIComponent(id));
    if (!response.ok) {
      return;
    }
    Lab.replaceWith(document.getElementById('panel-why'), await response.text());
    sessionStorage.setItem(WHY_KEY, String(id));
    if (focusPanel) {
      select(tab('tab-why'));
    }
  }

  document.addEventListener('lab:request', (event) => showWhy(event.detail.id, true));

  document.getElementById('panel-why').addEventListener('click', (event) => {
    const paste = event.target.closest('button.paste-command');
    if (paste) {
      LabConsole.paste(paste.dataset.command);
    }
  });

  // ----- the cluster panel -----
  let clusterLoading = false;

  async function refreshCluster() {
    const panel = document.getElementById('panel-cluster');
    if (panel.hidden || clusterLoading) {
      return;
    }
    clusterLoading = true;
    try {
      const response = await Lab.get('/api/cluster');
      if (response.ok) {
        Lab.replaceWith(panel, await response.text());
      }
    } finally {
      clusterLoading = false;
    }
  }

  setInterval(() => {
    if (!document.hidden) {
      refreshCluster();
    }
  }, 10000);

  // ----- step status -----
  async function stepAction(action, query, body) {
    const response = await Lab.post(stepApi + '/' + action + (query || ''), body);
    if (response.ok) {
      Lab.replaceWith(document.getElementById('step-status'), await response.text());
      markStep();
    }
  }

  function markStep() {
    const inner = document.querySelector('#step-status .status-inner');
    const current = document.querySelector('.step-list a[aria-current="step"]');
    if (inner && current) {
      const item = current.closest('li');
      item.className = 'step-link ' + inner.dataset.status;
    }
  }

  document.getElementById('check-step').addEventListener('click', () => stepAction('check'));
  document.getElementById('reset-step').addEventListener('click', () => stepAction('reset'));
  document.getElementById('skip-step').addEventListener('click', async () => {
    const response = await Lab.post(stepApi + '/skip');
    if (response.ok) {
      window.location.assign((await response.json()).next);
    }
  });

  let hintsShown = 0;
  const hintButton = document.getElementById('hint-step');
  hintButton.addEventListener('click', async () => {
    const count = Number(hintButton.dataset.count);
    if (hintsShown >= count) {
      return;
    }
    const response = await Lab.get(stepApi + '/hint?n=' + (hintsShown + 1));
    if (!response.ok) {
      return;
    }
    const json = await response.json();
    hintsShown += 1;
    const hint = document.createElement('div');
    hint.className = 'hint';
    Lab.replaceWith(hint, json.html);
    document.getElementById('hints').append(hint);
    if (json.remaining === 0) {
      hintButton.disabled = true;
    }
  });

  const solutionButton = document.getElementById('solution-step');
  solutionButton && solutionButton.addEventListener('click', async () => {
    const response = await Lab.get(stepApi + '/solution');
    if (!response.ok) {
      return;
    }
    const commands = (await response.json()).commands;
    document.getElementById('solution-code').textContent = commands.join('\n');
    document.getElementById('solution-run').dataset.commands = commands.join('\n');
    document.getElementById('solution').hidden = false;
  });

  document.getElementById('step-status').addEventListener('submit', (event) => {
    const form = event.target.closest('form.quiz');
    if (!form) {
      return;
    }
    event.preventDefault();
    const chosen = form.querySelector('input[type="radio"]:checked');
    if (chosen) {
      stepAction('answer', '', { quiz: form.dataset.quiz, option: Number(chosen.value) });
    }
  });

  // ----- code blocks in the step text -----
  function runLines(text) {
    // a block with a heredoc is one script; otherwise each line is a command, as typed one after another
    if (text.includes('<<')) {
      LabConsole.run(text.replace(/\n$/, ''));
      return;
    }
    text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#')).forEach(LabConsole.run);
  }

  document.addEventListener('click', (event) => {
    const run = event.target.closest('button.run-in-console');
    if (run && run.dataset.commands) {
      runLines(run.dataset.commands);
    }
    const open = event.target.closest('button.open-in-editor');
    if (open) {
      openEditor(open.dataset.yaml, fileNameFor(open.dataset.yaml), null);
    }
  });

  // ----- the YAML editor -----
  const editorText = document.getElementById('editor-text');
  const editorFile = document.getElementById('editor-file');

  function fileNameFor(yaml) {
    const name = /^\s*name:\s*([a-z0-9.-]+)/m.exec(yaml);
    const kind = /^kind:\s*(\w+)/m.exec(yaml);
    if (name && kind) {
      return `${kind[1].toLowerCase()}-${name[1]}.yaml`;
    }
    return editorFile.value || 'manifest.yaml';
  }

  function setEditing(session) {
    editing = session;
    document.getElementById('editor-mode').hidden = !session;
    document.getElementById('editor-save-edit').hidden = !session;
    document.getElementById('editor-cancel-edit').hidden = !session;
    document.getElementById('editor-apply').hidden = !!session;
    document.getElementById('editor-save').hidden = !!session;
    editorFile.disabled = !!session;
  }

  function openEditor(text, fileName, session) {
    editorText.value = text;
    if (fileName) {
      editorFile.value = fileName;
    }
    setEditing(session);
    select(tab('tab-editor'));
    editorText.focus();
  }

  async function saveFile() {
    const response = await Lab.post('/api/console/files', { name: editorFile.value, content: editorText.value });
    if (!response.ok) {
      LabConsole.render({ id: 0, prompt: '', command: '', stdout: '',
        stderr: (await Lab.errorMessage(response, response.statusText)) + '\n', exitCode: 1 });
      return null;
    }
    return (await response.json()).path;
  }

  document.getElementById('editor-save').addEventListener('click', saveFile);
  document.getElementById('editor-apply').addEventListener('click', async () => {
    const path = await saveFile();
    if (path) {
      LabConsole.run('kubectl apply -f ' + path.replace(/^\/root\//, ''));
    }
  });

  async function finishEdit(buffer) {
    const response = await Lab.post('/api/console/edit', { buffer });
    if (response.ok) {
      const reply = await response.json();
      LabConsole.render(reply);
      LabConsole.setPrompt(reply.nextPrompt, reply.context);
      document.dispatchEvent(new CustomEvent('lab:command', { detail: { reply } }));
    }
    setEditing(null);
  }

  document.getElementById('editor-save-edit').addEventListener('click', () => finishEdit(editorText.value));
  document.getElementById('editor-cancel-edit').addEventListener('click', () => finishEdit(editing.buffer));

  // ----- after every command: the why panel, the cluster panel, the step's checks -----
  document.addEventListener('lab:command', (event) => {
    const reply = event.detail.reply;
    if (reply.editor) {
      openEditor(reply.editor.buffer, reply.editor.fileName, reply.editor);
    }
    const requests = reply.requests || [];
    const denied = requests.filter((r) => r.denied);
    const chosen = denied.length > 0 ? denied[denied.length - 1] : requests[requests.length - 1];
    if (chosen) {
      const button = event.detail.block
        && event.detail.block.querySelector(`button.request[data-request="${chosen.id}"]`);
      if (button) {
        document.querySelectorAll('#console-output button.request.selected').forEach((b) => b.classList.remove('selected'));
        button.classList.add('selected');
      }
      showWhy(chosen.id, denied.length > 0 && !reply.editor);
    }
    refreshCluster();
    stepAction('check', '?auto=true');
  });

  document.addEventListener('lab:token', (event) => {
    select(tab('tab-token'));
    LabTokens.inspect(event.detail.token);
  });

  // after a reload (a language switch), the same request is explained again, now in the page's language
  document.addEventListener('lab:history', () => {
    const id = sessionStorage.getItem(WHY_KEY);
    if (id) {
      showWhy(id, false);
    }
  });
})();
