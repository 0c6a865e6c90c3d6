// The table of events shared by the timeline, the map and entity pages: one clickable row per event.
import { h, route, link } from './dom.js';
import { fmtDate, entityLink, fmtCount, cls } from './format.js';

export function eventTitle(e) {
  return e.kind || e.sub_event_type || e.event_type || 'event';
}

export function eventsTable(items, { onRowEnter = null, onRowLeave = null } = {}) {
  const tbody = h('tbody');
  const table = h(
    'table',
    { class: 'grid events-table' },
    h('thead', null, h('tr', null, h('th', { class: 'col-date' }, 'Date'), h('th', null, 'Event'), h('th', null, 'Place'), h('th', null, 'Actors'), h('th', { class: 'num' }, 'Fatalities'), h('th', { class: 'num', title: 'independent origins / source sentences' }, 'Origins · sources'))),
    tbody,
  );
  appendRows(tbody, items, { onRowEnter, onRowLeave });
  return { table, tbody, append: (more) => appendRows(tbody, more, { onRowEnter, onRowLeave }) };
}

function appendRows(tbody, items, { onRowEnter, onRowLeave }) {
  for (const e of items) tbody.appendChild(eventRow(e, { onRowEnter, onRowLeave }));
}

export function eventRow(e, { onRowEnter, onRowLeave } = {}) {
  const to = route('event', e.id);
  const actors = (e.actors || []).slice(0, 3);
  const more = (e.actors || []).length - actors.length;
  return h(
    'tr',
    {
      class: 'clickable',
      'data-testid': 'event-row',
      'data-id': e.id,
      tabindex: '0',
      onclick: (ev) => {
        if (ev.target.closest('a')) return; // inner links navigate themselves
        location.hash = to;
      },
      onkeydown: (ev) => {
        if (ev.key === 'Enter') location.hash = to;
      },
      onmouseenter: onRowEnter ? () => onRowEnter(e) : null,
      onmouseleave: onRowLeave ? () => onRowLeave(e) : null,
    },
    h('td', { class: 'col-date nowrap' }, fmtDate(e.date), e.date_precision && e.date_precision !== 'day' ? h('span', { class: 'prec' }, e.date_precision) : null),
    h(
      'td',
      null,
      link(to, eventTitle(e), { class: 'ev-kind' }),
      e.event_type ? h('div', { class: 'sub' }, e.event_type, e.sub_event_type ? ' › ' + e.sub_event_type : '') : null,
    ),
    h(
      'td',
      null,
      e.place ? [e.place.entity ? entityLink(e.place.entity, e.place.name) : e.place.name, h('span', { class: 'prec prec-' + cls(e.place.precision) }, e.place.precision || ''), h('div', { class: 'sub' }, [e.place.admin1 !== e.place.name ? e.place.admin1 : null, e.place.country].filter(Boolean).join(', '))] : h('span', { class: 'muted' }, '—'),
    ),
    h('td', null, actors.length ? actors.map((a, i) => [i ? ', ' : '', entityLink(a.entity, a.name)]) : h('span', { class: 'muted' }, '—'), more > 0 ? h('span', { class: 'muted' }, ` +${more}`) : null),
    h('td', { class: 'num' }, e.fatalities ? fmtCount(e.fatalities) : h('span', { class: 'muted' }, '—')),
    h('td', { class: 'num' }, String(e.independent_origins ?? '–'), h('span', { class: 'muted' }, ' · ' + (e.sources_total ?? (e.sources || []).length))),
  );
}
