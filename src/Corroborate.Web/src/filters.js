// The event filter bar shared by the timeline and the map: actor (entity search), event type, kind, and
// optionally a from/to date range. State is a plain object {actor, actor_name, place, place_name, type, kind,
// from, to}; place is set by links from a place's entity page and shown as a removable chip.
import { h, clear, append, fmtInt } from './dom.js';
import { entityPicker } from './picker.js';

export const FILTER_KEYS = ['actor', 'actor_name', 'place', 'place_name', 'type', 'kind'];

export function filtersFromQuery(q) {
  const f = {};
  for (const k of [...FILTER_KEYS, 'from', 'to']) if (q[k]) f[k] = q[k];
  return f;
}

/** API params for /api/events*, from filter state (the *_name keys are for display only). */
export function apiFilters(f) {
  return { actor: f.actor, place: f.place, type: f.type, kind: f.kind };
}

/** The filters that scope the type/kind choices (so picking a type does not hide the other types). */
export function scopeFilters(f) {
  return { actor: f.actor, place: f.place };
}

/**
 * filterBar({state, onChange(newState), dates: bool}) → {el, setFacets(facets)}
 */
export function filterBar({ state, onChange, dates = false }) {
  const change = (patch) => {
    const next = { ...state, ...patch };
    for (const k of Object.keys(next)) if (next[k] === '' || next[k] === null || next[k] === undefined) delete next[k];
    state = next;
    onChange(next);
  };

  const chipBox = h('span', { class: 'chip-box' });
  const picker = entityPicker({
    placeholder: 'Any — type a name',
    testid: 'filter-actor',
    clearOnPick: true,
    onPick: (e) => change({ actor: e.id, actor_name: e.name }),
  });
  const placeBox = h('div', { class: 'f' });
  const renderChip = () => {
    clear(placeBox);
    placeBox.hidden = !state.place;
    if (state.place) {
      append(placeBox, h('span', null, 'Place'), h('span', { class: 'chip', title: state.place }, state.place_name || state.place, h('button', { type: 'button', class: 'chip-x', 'aria-label': 'Remove place filter', onclick: () => change({ place: null, place_name: null }) }, '×')));
    }
    clear(chipBox);
    if (state.actor) {
      append(chipBox, h('span', { class: 'chip', title: state.actor }, state.actor_name || state.actor, h('button', { type: 'button', class: 'chip-x', 'aria-label': 'Remove actor filter', onclick: () => change({ actor: null, actor_name: null }) }, '×')));
    }
    picker.el.hidden = Boolean(state.actor);
  };
  renderChip();

  const typeSel = h('select', { 'data-testid': 'filter-type', 'aria-label': 'Event type', onchange: () => change({ type: typeSel.value }) });
  const kindSel = h('select', { 'data-testid': 'filter-kind', 'aria-label': 'Event kind', onchange: () => change({ kind: kindSel.value }) });
  const fill = (sel, label, values, current) => {
    clear(sel);
    sel.appendChild(h('option', { value: '' }, label));
    const list = [...(values || [])];
    if (current && !list.some((v) => v.value === current)) list.unshift({ value: current, count: 0 });
    for (const v of list) sel.appendChild(h('option', { value: v.value }, `${v.value} (${fmtInt(v.count)})`));
    sel.value = current || '';
  };
  fill(typeSel, 'All event types', [], state.type);
  fill(kindSel, 'All kinds', [], state.kind);

  let fromIn = null;
  let toIn = null;
  if (dates) {
    fromIn = h('input', { type: 'date', 'aria-label': 'From', 'data-testid': 'filter-from', value: state.from || '', onchange: () => change({ from: fromIn.value }) });
    toIn = h('input', { type: 'date', 'aria-label': 'To', 'data-testid': 'filter-to', value: state.to || '', onchange: () => change({ to: toIn.value }) });
  }
  const reset = h('button', { type: 'button', class: 'btn small link', onclick: () => change({ actor: null, actor_name: null, place: null, place_name: null, type: null, kind: null, from: null, to: null }) }, 'Clear filters');

  const el = h(
    'div',
    { class: 'filters' },
    h('div', { class: 'f' }, h('span', null, 'Actor'), chipBox, picker.el),
    placeBox,
    h('label', { class: 'f' }, h('span', null, 'Type'), typeSel),
    h('label', { class: 'f' }, h('span', null, 'Kind'), kindSel),
    dates ? [h('label', { class: 'f' }, h('span', null, 'From'), fromIn), h('label', { class: 'f' }, h('span', null, 'To'), toIn)] : null,
    reset,
  );

  return {
    el,
    setFacets(facets) {
      fill(typeSel, 'All event types', facets.event_types, state.type);
      fill(kindSel, 'All kinds', facets.kinds, state.kind);
    },
    setState(s) {
      state = s;
      renderChip();
    },
  };
}
