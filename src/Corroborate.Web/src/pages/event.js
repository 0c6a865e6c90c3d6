// #/event/{id}: one event with its place, actors, casualty claims, origins, merge reasons and source sentences.
import { h, replace, route, link, extLink, fmtInt } from '../dom.js';
import { itemLoader } from '../paged.js';
import { fmtDate, entityLink, countWithClaim, section, sourceRoute, cls, reasonList, plural } from '../format.js';
import { eventTitle } from '../eventlist.js';

export function eventPage(root, ctx) {
  const id = ctx.params[0];
  const load = itemLoader(ctx, root, 'events/' + encodeURIComponent(id), render);

  function render({ event: e, sources }) {
    const p = e.place;
    const dl = (rows) => h('dl', { class: 'kv' }, rows.filter(Boolean).map(([k, v]) => [h('dt', null, k), h('dd', null, v)]));
    const srcs = sources && sources.length ? sources : e.sources || [];
    const docCount = new Set(srcs.map((s) => s.document)).size;
    replace(
      root,
      h(
        'article',
        { class: 'event-detail', 'data-testid': 'event-detail' },
        h('div', { class: 'crumbs' }, link(route('timeline'), '‹ Timeline')),
        h(
          'div',
          { class: 'page-head' },
          h('h1', null, eventTitle(e), p ? h('span', { class: 'h-sub' }, ' at ' + p.name) : null, h('span', { class: 'h-sub' }, ' · ' + fmtDate(e.date))),
        ),
        h(
          'div',
          { class: 'cols' },
          h(
            'div',
            { class: 'col-main' },
            section(
              'What and when',
              null,
              dl([
                ['Kind', e.kind || '—'],
                ['ACLED type', e.event_type ? [e.event_type, e.sub_event_type ? h('span', { class: 'muted' }, ' › ' + e.sub_event_type) : null] : '—'],
                ['Date', [fmtDate(e.date), e.date ? h('span', { class: 'prec' }, 'precision: ' + (e.date_precision || '?')) : null, e.date ? h('span', { class: 'muted mono' }, ' ' + e.date) : null]],
                [
                  'Place',
                  p
                    ? [
                        p.entity ? entityLink(p.entity, p.name) : p.name,
                        h('span', { class: 'prec prec-' + cls(p.precision) }, (p.precision || '?') + '-level'),
                        h('div', { class: 'sub' }, [p.admin1 && p.admin1 !== p.name ? p.admin1 : null, p.country].filter(Boolean).join(', ') || '—'),
                        p.lat !== null && p.lat !== undefined ? h('div', { class: 'sub mono' }, `${Number(p.lat).toFixed(4)}, ${Number(p.lon).toFixed(4)}`, p.geonames_id > 0 ? ` · GeoNames ${p.geonames_id}` : '') : h('div', { class: 'sub muted' }, 'no coordinates'),
                      ]
                    : h('span', { class: 'muted' }, 'not stated'),
                ],
                ['Fatalities', countWithClaim(e.fatalities)],
                ['Injured', countWithClaim(e.injured)],
                ['Independent origins', h('span', null, h('strong', null, fmtInt(e.independent_origins)), h('span', { class: 'muted' }, ` from ${plural(srcs.length, 'source sentence')} in ${plural(docCount, 'document')}`))],
              ]),
            ),
            section(
              'Sources',
              srcs.length,
              srcs.length ? sourceGroups(srcs) : h('p', { class: 'muted' }, 'No source sentences.'),
            ),
          ),
          h(
            'div',
            { class: 'col-side' },
            section(
              'Actors',
              (e.actors || []).length,
              (e.actors || []).length
                ? h(
                    'ul',
                    { class: 'plain' },
                    e.actors.map((a) => h('li', null, entityLink(a.entity, a.name), a.role ? h('span', { class: 'muted' }, ' · ' + a.role) : null)),
                  )
                : h('p', { class: 'muted' }, 'No actor named.'),
            ),
            section(
              'Why these reports are one event',
              (e.merge_reasons || []).length,
              (e.merge_reasons || []).length ? reasonList(e.merge_reasons) : h('p', { class: 'muted' }, 'Reported once: nothing was merged.'),
            ),
          ),
        ),
      ),
    );
  }

  load();
}

/** Source sentences grouped by document (in order of first appearance), each with its "open in source" link. */
function sourceGroups(srcs) {
  const groups = new Map();
  for (const s of srcs) {
    if (!groups.has(s.document)) groups.set(s.document, []);
    groups.get(s.document).push(s);
  }
  return h(
    'div',
    { class: 'source-groups' },
    [...groups.values()].map((list) => {
      const d = list[0];
      return h(
        'div',
        { class: 'source-doc' },
        h(
          'div',
          { class: 'source-doc-head' },
          h('strong', { class: 'pub' }, d.publisher || 'Unknown publisher'),
          d.title ? [' — ', link(route('document', d.document), d.title)] : [' — ', link(route('document', d.document), 'untitled')],
          d.published ? h('span', { class: 'muted' }, ' · ' + fmtDate(d.published)) : null,
          d.url ? [' · ', extLink(d.url, 'original ↗')] : null,
        ),
        h(
          'ul',
          { class: 'sources' },
          list.map((s) =>
            h(
              'li',
              { class: 'source', 'data-testid': 'source-item' },
              h('blockquote', { class: 'quote' }, s.quote || ''),
              link(sourceRoute(s.document, s.start, s.end), 'open in source', { class: 'src', 'data-testid': 'source-link' }),
            ),
          ),
        ),
      );
    }),
  );
}
