// The instructor's live roster: server-sent events update rows and the class-wide summary in place (no polling).
'use strict';

(() => {
  const main = document.querySelector('main.dashboard');
  if (!main) {
    return;
  }
  const code = main.dataset.code;
  const body = document.getElementById('roster-body');
  const state = document.getElementById('live-state');
  const columns = document.querySelectorAll('#roster thead th.step-col').length;

  function format(pattern, values) {
    return pattern.replace(/\{(\d)\}/g, (m, i) => String(values[Number(i)]));
  }

  function cellTitle(cell) {
    return format(main.dataset.cellTitle, [cell.score, cell.max, cell.attempts, Math.floor(cell.seconds / 60)]);
  }

  /** An ISO instant as the browser's local time of day (the server keeps UTC). */
  function localTime(iso) {
    return iso ? new Date(iso).toLocaleTimeString() : '—';
  }

  function refreshCaption() {
    document.getElementById('roster-caption').textContent =
      format(main.dataset.roster, [body.querySelectorAll('tr').length]);
  }

  document.querySelectorAll('#roster-body td.last').forEach((td) => {
    td.textContent = localTime(td.dataset.at);
  });

  function newRow(row) {
    const tr = document.createElement('tr');
    tr.dataset.learner = row.learner;
    const th = document.createElement('th');
    th.scope = 'row';
    const link = document.createElement('a');
    link.href = `/instructor/workshops/${encodeURIComponent(code)}/learners/${encodeURIComponent(row.learner)}`;
    th.append(link);
    const flag = document.createElement('span');
    flag.className = 'stuck-flag';
    th.append(' ', flag);
    tr.append(th);
    for (let i = 0; i < columns; i++) {
      const td = document.createElement('td');
      td.append(document.createElement('span'));
      tr.append(td);
    }
    const total = document.createElement('td');
    total.className = 'total';
    total.innerHTML = '<span></span> / <span></span>';
    const last = document.createElement('td');
    last.className = 'last';
    tr.append(total, last);
    body.append(tr);
    refreshCaption();
    return tr;
  }

  function updateRow(row) {
    const tr = body.querySelector(`tr[data-learner="${CSS.escape(row.learner)}"]`) || newRow(row);
    tr.querySelector('th a').textContent = row.name;
    tr.classList.toggle('stuck', row.stuck);
    tr.querySelector('.stuck-flag').textContent = row.stuck ? main.dataset.stuck : '';
    const cells = tr.querySelectorAll('td.cell, td:not(.total):not(.last)');
    row.cells.forEach((cell, i) => {
      const td = cells[i];
      if (!td) {
        return;
      }
      td.className = 'cell ' + cell.status;
      td.title = cellTitle(cell);
      td.querySelector('span').textContent = cell.status === 'new' ? '' : String(cell.score);
    });
    const totals = tr.querySelectorAll('td.total span');
    totals[0].textContent = String(row.total);
    totals[1].textContent = String(row.max);
    tr.querySelector('td.last').textContent = localTime(row.lastActivity);
    tr.classList.remove('flash');
    void tr.offsetWidth;
    tr.classList.add('flash');
  }

  function updateSummary(summary) {
    summary.forEach((s) => {
      const tr = document.querySelector(`#summary tr[data-step="${CSS.escape(s.step)}"]`);
      if (!tr) {
        return;
      }
      tr.querySelector('.passed').textContent = String(s.passed);
      tr.querySelector('.attempted').textContent = String(s.attempted);
      tr.querySelector('.hardest').textContent = s.hardestCheck ? `${s.hardestCheck} (${s.hardestCheckFailures})` : '—';
    });
  }

  const events = new EventSource(`/instructor/workshops/${encodeURIComponent(code)}/events`);
  events.addEventListener('ready', () => {
    state.textContent = main.dataset.live;
    state.classList.add('on');
    main.dataset.connected = 'true';
  });
  events.addEventListener('roster', (event) => {
    const update = JSON.parse(event.data);
    update.rows.forEach(updateRow);
    if (update.summary) {
      updateSummary(update.summary);
    }
    main.dataset.updates = String(Number(main.dataset.updates || 0) + 1);
  });
  events.onerror = () => {
    state.textContent = main.dataset.offline;
    state.classList.remove('on');
  };
})();
