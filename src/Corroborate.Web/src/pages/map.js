// #/map: events with coordinates over the Natural Earth countries (no tiles, nothing fetched from outside).
// A settlement-level place is a small solid dot; a district/region-level place a larger dashed ring; a
// country-level place a wide dotted ring. Popups are DOM nodes, never HTML strings.
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import { feature } from 'topojson-client';
import { h, s as svg, replace, append, route, link, fmtInt } from '../dom.js';
import { get } from '../api.js';
import { fmtDate, loading, errorState, placeText, cls } from '../format.js';
import { filterBar, filtersFromQuery, apiFilters, scopeFilters } from '../filters.js';
import { eventTitle } from '../eventlist.js';

const PAGE = 2000;

let basemap = null; // one fetch per page load
function loadBasemap() {
  if (!basemap) {
    basemap = fetch('countries-50m.json')
      .then((r) => {
        if (!r.ok) throw new Error('basemap missing (' + r.status + ')');
        return r.json();
      })
      .then((topo) => unwrapAntimeridian(feature(topo, topo.objects.countries)))
      .catch((e) => {
        basemap = null;
        throw e;
      });
  }
  return basemap;
}

/**
 * Natural Earth rings that cross the antimeridian (Russia's Chukotka, Fiji) jump from +180 to -180 and
 * would be drawn as bands across the whole map in a flat projection: make their longitudes continuous.
 * Antarctica wraps around the pole and is not needed for this map.
 */
function unwrapAntimeridian(geo) {
  const fixRing = (ring) => {
    for (let i = 1; i < ring.length; i++) {
      let lon = ring[i][0];
      while (lon - ring[i - 1][0] > 180) lon -= 360;
      while (lon - ring[i - 1][0] < -180) lon += 360;
      ring[i] = [lon, ring[i][1]];
    }
    return ring;
  };
  geo.features = geo.features.filter((f) => f.properties?.name !== 'Antarctica' && f.geometry);
  for (const f of geo.features) {
    const g = f.geometry;
    if (g.type === 'Polygon') g.coordinates.forEach(fixRing);
    else if (g.type === 'MultiPolygon') g.coordinates.forEach((poly) => poly.forEach(fixRing));
  }
  return geo;
}

const STYLE = {
  settlement: { radius: 5, weight: 1.2, color: '#ffffff', fillColor: '#1d4f91', fillOpacity: 0.95, opacity: 1 },
  district: { radius: 12, weight: 2, color: '#1d4f91', dashArray: '4 3', fillColor: '#1d4f91', fillOpacity: 0.07, opacity: 0.9 },
  country: { radius: 22, weight: 1.5, color: '#1d4f91', dashArray: '1.5 4', fillColor: '#1d4f91', fillOpacity: 0.03, opacity: 0.8 },
};
const styleFor = (precision) => (precision === 'settlement' ? STYLE.settlement : precision === 'country' ? STYLE.country : STYLE.district);

export function mapPage(root, ctx) {
  let filters = filtersFromQuery(ctx.query);
  let offset = Math.max(0, parseInt(ctx.query.offset || '0', 10) || 0);
  const bar = filterBar({
    state: filters,
    dates: true,
    onChange: (s) => {
      filters = s;
      offset = 0;
      loadEvents(true);
    },
  });
  const summary = h('span', { class: 'muted' });
  const pagerBox = h('span', { class: 'map-pager' });
  const status = h('div', { class: 'map-status', hidden: true });
  const mapEl = h('div', { class: 'map', 'data-testid': 'map' });
  append(root, h('div', { class: 'page-head' }, h('h1', null, 'Map'), summary, pagerBox), bar.el, h('div', { class: 'map-wrap' }, mapEl, status));

  const map = L.map(mapEl, { zoomControl: true, attributionControl: false, minZoom: 2, maxZoom: 12, worldCopyJump: false, zoomSnap: 0.5 }).setView([50, 35], 5);
  map.createPane('land').style.zIndex = 250;
  const canvas = L.canvas({ pane: 'land', padding: 0.5 });
  const markers = L.layerGroup().addTo(map);
  // One pane per precision, the finest drawn on top (z-index) and first in the document, so the dots stay above
  // the rings, and the first marker is one the initial view shows (a country's centroid may be off screen).
  const renderers = {};
  [
    ['settlement', 630],
    ['district', 620],
    ['country', 610],
  ].forEach(([k, z]) => {
    map.createPane('ev-' + k).style.zIndex = z;
    renderers[k] = L.svg({ pane: 'ev-' + k });
  });
  const paneFor = (precision) => (precision === 'settlement' || precision === 'country' ? precision : 'district');

  const legend = L.control({ position: 'bottomright' });
  legend.onAdd = () => {
    const sym = (kind) => {
      const st = STYLE[kind];
      return svg(
        'svg',
        { width: 50, height: 50, viewBox: '-25 -25 50 50' },
        svg('circle', { r: st.radius, fill: st.fillColor, 'fill-opacity': st.fillOpacity, stroke: st.color, 'stroke-width': st.weight, 'stroke-dasharray': st.dashArray || null }),
      );
    };
    const div = h(
      'div',
      { class: 'map-legend', 'data-testid': 'map-legend' },
      h('strong', null, 'Where the place is known to'),
      h('div', { class: 'lg-row' }, sym('settlement'), h('span', null, 'a settlement (town, village): exact point')),
      h('div', { class: 'lg-row' }, sym('district'), h('span', null, 'a district or region: somewhere in the area')),
      h('div', { class: 'lg-row' }, sym('country'), h('span', null, 'only a country')),
      h('div', { class: 'lg-note' }, 'A larger mark holds several events at one place. Basemap: Natural Earth (public domain), via world-atlas.'),
    );
    L.DomEvent.disableClickPropagation(div);
    L.DomEvent.disableScrollPropagation(div);
    return div;
  };
  legend.addTo(map);

  loadBasemap()
    .then((geo) => {
      if (!ctx.alive) return;
      L.geoJSON(geo, { renderer: canvas, interactive: false, style: { color: '#a9a59b', weight: 0.7, fillColor: '#f3f1ea', fillOpacity: 1 } }).addTo(map);
    })
    .catch((e) => showStatus('Basemap could not be loaded: ' + e.message));

  function showStatus(text, isError = true) {
    status.hidden = !text;
    status.className = 'map-status' + (isError ? ' error' : '');
    replace(status, text || '');
  }

  let seq = 0;
  async function loadEvents(fit) {
    const my = ++seq;
    bar.setState(filters);
    ctx.setQuery({ ...filters, offset: offset || null });
    status.hidden = false;
    status.className = 'map-status';
    replace(status, loading('Loading events…'));
    try {
      const base = { ...apiFilters(filters), from: filters.from, to: filters.to };
      const [page, facets, all] = await Promise.all([
        get('events', { ...base, has_coordinates: true, brief: true, offset, limit: PAGE }),
        get('events/facets', { ...scopeFilters(filters), from: filters.from, to: filters.to }),
        get('events/facets', base),
      ]);
      if (my !== seq || !ctx.alive) return;
      bar.setFacets(facets);
      draw(page.items, fit);
      const shownTo = offset + page.items.length;
      replace(
        summary,
        page.total
          ? `${fmtInt(page.total)} event${page.total === 1 ? '' : 's'} with coordinates` + (page.total > page.items.length ? `, showing ${fmtInt(offset + 1)}–${fmtInt(shownTo)}` : '')
          : 'No events with coordinates',
        all.total > page.total ? ` · ${fmtInt(all.total - page.total)} more without a place on the map` : '',
      );
      replace(
        pagerBox,
        page.total > PAGE
          ? [
              h('button', { class: 'btn small', disabled: offset <= 0, onclick: () => ((offset = Math.max(0, offset - PAGE)), loadEvents(false)) }, `‹ Previous ${fmtInt(PAGE)}`),
              h('button', { class: 'btn small', disabled: shownTo >= page.total, onclick: () => ((offset += PAGE), loadEvents(false)) }, `Next ${fmtInt(PAGE)} ›`),
            ]
          : null,
      );
      const anyFilter = filters.actor || filters.place || filters.type || filters.kind || filters.from || filters.to;
      if (!page.total) showStatus(all.total ? 'None of the matching events has coordinates.' : 'No events yet' + (anyFilter ? ' match these filters.' : '.'), false);
      else showStatus('');
    } catch (err) {
      if (my !== seq || !ctx.alive) return;
      status.hidden = false;
      status.className = 'map-status error';
      replace(status, errorState(err, () => loadEvents(fit)));
    }
  }

  /** One marker per place and precision; several events at one point share it (larger, listed in its popup). */
  function draw(items, fit) {
    markers.clearLayers();
    const groups = new Map();
    for (const e of items) {
      const p = e.place;
      if (!p || p.lat === null || p.lat === undefined || p.lon === null || p.lon === undefined) continue;
      const ll = [Number(p.lat), Number(p.lon)];
      if (!Number.isFinite(ll[0]) || !Number.isFinite(ll[1])) continue;
      const key = `${ll[0]},${ll[1]},${paneFor(p.precision)}`;
      if (!groups.has(key)) groups.set(key, { ll, place: p, events: [] });
      groups.get(key).events.push(e);
    }
    const fine = [];
    const coarse = [];
    for (const { ll, place: p, events } of groups.values()) {
      const pane = paneFor(p.precision);
      const st = styleFor(p.precision);
      const n = events.length;
      const radius = st.radius + Math.min(7, 2 * Math.log2(n));
      const m = L.circleMarker(ll, { ...st, radius, pane: 'ev-' + pane, renderer: renderers[pane], className: 'ev-marker prec-' + cls(p.precision) });
      m.bindPopup(() => popup(p, events), { maxWidth: 360, minWidth: 220 });
      m.bindTooltip(() => h('span', null, n === 1 ? `${eventTitle(events[0])} · ${fmtDate(events[0].date)} · ${p.name}` : `${fmtInt(n)} events · ${p.name}`), { direction: 'top', offset: [0, -6] });
      m.addTo(markers);
      const el = m.getElement();
      if (el) {
        el.setAttribute('data-testid', 'map-marker');
        el.setAttribute('data-id', events[0].id);
        el.setAttribute('data-count', String(n));
        el.setAttribute('data-precision', p.precision || '');
      }
      (p.precision === 'country' ? coarse : fine).push(ll);
    }
    // Fit to the places known more precisely than a country: a country's centroid would zoom out to a continent.
    const fitTo = fine.length ? fine : coarse;
    if (fit && fitTo.length) map.fitBounds(L.latLngBounds(fitTo).pad(0.25), { maxZoom: 6 });
  }

  function popup(p, events) {
    const placeLine = h('div', null, placeText(p), h('span', { class: 'prec prec-' + cls(p.precision) }, (p.precision || '?') + '-level'));
    if (events.length === 1) {
      const e = events[0];
      return h(
        'div',
        { class: 'popup', 'data-testid': 'map-popup' },
        h('div', { class: 'popup-kind' }, eventTitle(e)),
        e.event_type ? h('div', { class: 'sub' }, e.event_type, e.sub_event_type ? ' › ' + e.sub_event_type : '') : null,
        h('div', null, fmtDate(e.date), e.date_precision && e.date_precision !== 'day' ? h('span', { class: 'prec' }, e.date_precision) : null),
        placeLine,
        e.actors && e.actors.length ? h('div', { class: 'sub' }, e.actors.map((a) => a.name).join(', ')) : null,
        h('div', { class: 'popup-link' }, link(route('event', e.id), 'Open event ›', { 'data-testid': 'popup-event-link' })),
      );
    }
    const MAX = 15;
    return h(
      'div',
      { class: 'popup', 'data-testid': 'map-popup' },
      h('div', { class: 'popup-kind plain' }, `${fmtInt(events.length)} events`),
      placeLine,
      h(
        'ul',
        { class: 'popup-list' },
        events.slice(0, MAX).map((e, i) =>
          h(
            'li',
            null,
            link(route('event', e.id), eventTitle(e), { class: 'cap', 'data-testid': i === 0 ? 'popup-event-link' : null }),
            h('span', { class: 'muted' }, ' · ' + fmtDate(e.date)),
            e.actors && e.actors.length ? h('div', { class: 'sub' }, e.actors.map((a) => a.name).join(', ')) : null,
          ),
        ),
        events.length > MAX ? h('li', { class: 'muted' }, `… and ${fmtInt(events.length - MAX)} more: narrow the dates or filters`) : null,
      ),
    );
  }

  loadEvents(true);
  return () => map.remove();
}
