// Entry point: hash router, header search, stats footer.
import { h, replace, route, fmtInt } from './dom.js';
import { get } from './api.js';
import { entityPicker } from './picker.js';
import { errorState } from './format.js';
import { timelinePage } from './pages/timeline.js';
import { eventPage } from './pages/event.js';
import { mapPage } from './pages/map.js';
import { entitiesPage, entityPage } from './pages/entities.js';
import { disagreementsPage } from './pages/disagreements.js';
import { documentsPage, documentPage } from './pages/documents.js';

const ROUTES = {
  timeline: { page: timelinePage, nav: 'timeline', title: 'Timeline' },
  event: { page: eventPage, nav: 'timeline', title: 'Event' },
  map: { page: mapPage, nav: 'map', title: 'Map' },
  entities: { page: entitiesPage, nav: 'entities', title: 'Entities' },
  entity: { page: entityPage, nav: 'entities', title: 'Entity' },
  disagreements: { page: disagreementsPage, nav: 'disagreements', title: 'Disagreements' },
  documents: { page: documentsPage, nav: 'documents', title: 'Sources' },
  document: { page: documentPage, nav: 'documents', title: 'Source' },
};

/** Parses location.hash '#/name/param?x=1' into {name, params: [...], query: {}}. */
export function parseHash(hash = location.hash) {
  const raw = hash.replace(/^#\/?/, '');
  const qi = raw.indexOf('?');
  const pathPart = qi >= 0 ? raw.slice(0, qi) : raw;
  const query = Object.fromEntries(new URLSearchParams(qi >= 0 ? raw.slice(qi + 1) : ''));
  const segs = pathPart.split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  return { name: segs[0] || 'timeline', params: segs.slice(1), query };
}

const app = document.getElementById('app');
let current = null; // {cleanup, ctx}

function render() {
  const { name, params, query } = parseHash();
  const r = ROUTES[name];
  if (current) {
    current.ctx.alive = false;
    try {
      current.cleanup && current.cleanup();
    } catch (e) {
      console.error(e);
    }
  }
  for (const a of document.querySelectorAll('.nav a')) a.classList.toggle('active', Boolean(r && a.dataset.route === r.nav));
  const root = h('div', { class: 'page page-' + name });
  replace(app, root);
  window.scrollTo(0, 0);
  const ctx = {
    alive: true,
    params,
    query,
    /** Update the current route's query without re-rendering (keeps the view state in the URL). */
    setQuery(q) {
      if (!ctx.alive) return;
      const next = route(name, ...params, q);
      if (next !== location.hash) history.replaceState(null, '', next);
    },
    refreshStats,
  };
  if (!r) {
    root.appendChild(errorState(new Error(`No page “${name}”.`)));
    current = { ctx, cleanup: null };
    return;
  }
  document.title = `${r.title} · Corroborate`;
  let cleanup = null;
  try {
    cleanup = r.page(root, ctx) || null;
  } catch (e) {
    console.error(e);
    root.appendChild(errorState(e));
  }
  current = { ctx, cleanup };
}

async function refreshStats() {
  const el = document.getElementById('stats');
  try {
    const s = await get('stats');
    const part = (n, label) => h('span', { class: 'stat' }, h('strong', null, fmtInt(n)), ' ' + label);
    replace(
      el,
      part(s.documents, 'sources'),
      part(s.entities, 'entities'),
      part(s.events, 'events'),
      part(s.statements, 'statements'),
      part(s.facts, 'facts'),
      part(s.disagreements, 'disagreements'),
      part(s.judgements, 'judgements'),
    );
  } catch (e) {
    replace(el, h('span', { class: 'error' }, 'Server unreachable: ' + e.message));
  }
}

function mountSearch() {
  const box = document.getElementById('search-box');
  const picker = entityPicker({
    placeholder: 'Find a name (any script)…',
    testid: 'search',
    itemTestid: 'search-result',
    clearOnPick: true,
    onPick: (e) => {
      location.hash = route('entity', e.id);
      picker.input.blur();
    },
  });
  box.appendChild(picker.el);
  document.addEventListener('keydown', (e) => {
    if (e.key === '/' && !/^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement?.tagName)) {
      e.preventDefault();
      picker.input.focus();
    }
  });
}

window.addEventListener('hashchange', render);
mountSearch();
refreshStats();
render();
