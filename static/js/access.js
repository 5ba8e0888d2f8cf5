// "See access": explain a matrix cell on click; pan, zoom and follow paths in the RBAC graph.
'use strict';

(() => {
  const matrix = document.getElementById('matrix');
  if (matrix) {
    const panel = document.getElementById('cell-explanation');
    matrix.addEventListener('click', async (event) => {
      const cell = event.target.closest('button.cell-button');
      if (!cell) {
        return;
      }
      matrix.querySelectorAll('button.cell-button.selected').forEach((b) => b.classList.remove('selected'));
      cell.classList.add('selected');
      const params = new URLSearchParams({
        kind: matrix.dataset.kind, name: matrix.dataset.name, namespace: matrix.dataset.namespace,
        groups: matrix.dataset.groups, scope: matrix.dataset.scope, verb: cell.dataset.verb,
        group: cell.dataset.group, resource: cell.dataset.resource, subresource: cell.dataset.subresource,
      });
      const response = await Lab.get('/access/explain?' + params.toString());
      if (response.ok) {
        Lab.replaceWith(panel, await response.text());
        panel.hidden = false;
      }
    });
  }

  const svg = document.getElementById('rbac-graph');
  if (!svg) {
    return;
  }
  const full = { x: 0, y: 0, w: Number(svg.dataset.width), h: Number(svg.dataset.height) };
  let view = { ...full };
  const apply = () => svg.setAttribute('viewBox', `${view.x} ${view.y} ${view.w} ${view.h}`);
  const zoom = (factor) => {
    const cx = view.x + view.w / 2;
    const cy = view.y + view.h / 2;
    view.w = Math.min(full.w * 4, Math.max(200, view.w * factor));
    view.h = view.w * (full.h / full.w);
    view.x = cx - view.w / 2;
    view.y = cy - view.h / 2;
    apply();
  };
  document.getElementById('graph-zoom-in').addEventListener('click', () => zoom(0.8));
  document.getElementById('graph-zoom-out').addEventListener('click', () => zoom(1.25));
  document.getElementById('graph-reset').addEventListener('click', () => {
    view = { ...full };
    apply();
  });
  svg.addEventListener('wheel', (event) => {
    event.preventDefault();
    zoom(event.deltaY < 0 ? 0.9 : 1.1);
  }, { passive: false });
  let drag = null;
  svg.addEventListener('pointerdown', (event) => {
    if (event.target.closest('g.node')) {
      return;
    }
    drag = { x: event.clientX, y: event.clientY, view: { ...view } };
    svg.setPointerCapture(event.pointerId);
  });
  svg.addEventListener('pointermove', (event) => {
    if (!drag) {
      return;
    }
    const scale = view.w / svg.clientWidth;
    view.x = drag.view.x - (event.clientX - drag.x) * scale;
    view.y = drag.view.y - (event.clientY - drag.y) * scale;
    apply();
  });
  svg.addEventListener('pointerup', () => {
    drag = null;
  });

  // highlight every path through a node: follow edges left and right
  const edges = Array.from(svg.querySelectorAll('g.edges path'));
  function highlight(id) {
    const on = new Set([id]);
    const walk = (from, forward) => {
      edges.forEach((edge) => {
        const a = forward ? edge.dataset.from : edge.dataset.to;
        const b = forward ? edge.dataset.to : edge.dataset.from;
        if (a === from && !on.has(b)) {
          on.add(b);
          walk(b, forward);
        }
      });
    };
    walk(id, true);
    walk(id, false);
    svg.classList.add('focused');
    svg.querySelectorAll('g.node').forEach((node) => node.classList.toggle('on', on.has(node.dataset.id)));
    edges.forEach((edge) => edge.classList.toggle('on', on.has(edge.dataset.from) && on.has(edge.dataset.to)));
  }
  svg.querySelectorAll('g.node').forEach((node) => {
    node.addEventListener('click', () => highlight(node.dataset.id));
    node.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        highlight(node.dataset.id);
      }
    });
  });
})();
