// #/entities (paged table with kind and name filters) and #/entity/{id} (the entity page with names, facts,
// events, disagreements, statements, why-one-entity explanations, and merge/split/undo judgements).
import { h, replace, append, route, link, fmtInt, debounce } from '../dom.js';
import { get, post } from '../api.js';
import { pagedLoader } from '../paged.js';
import { fmtDate, fmtValue, statusBadge, loading, errorState, pager, section, SCRIPTS, langName, statementBlock, cls, reasonList, plural } from '../format.js';
import { entityPicker } from '../picker.js';
import { disagreementCard } from './disagreements.js';
import { eventTitle } from '../eventlist.js';

const KINDS = ['person', 'organization', 'place', 'other'];
const PAGE = 50;

export function entitiesPage(root, ctx) {
  let state = { kind: ctx.query.kind || '', q: ctx.query.q || '', offset: Math.max(0, parseInt(ctx.query.offset || '0', 10) || 0) };
  const q = h('input', { type: 'search', placeholder: 'Filter by name (any script)', value: state.q, 'data-testid': 'entity-filter', 'aria-label': 'Filter by name' });
  const kinds = h('div', { class: 'seg', role: 'group', 'aria-label': 'Kind' });
  const summary = h('span', { class: 'muted' });
  const body = h('div');
  const renderKinds = () =>
    replace(
      kinds,
      ['', ...KINDS].map((k) =>
        h(
          'button',
          {
            type: 'button',
            class: 'seg-btn' + (state.kind === k ? ' active' : ''),
            'data-kind': k || 'all',
            'data-testid': 'entity-kind',
            onclick: () => {
              state = { ...state, kind: k, offset: 0 };
              renderKinds();
              load();
            },
          },
          k || 'all kinds',
        ),
      ),
    );
  renderKinds();
  q.addEventListener(
    'input',
    debounce(() => {
      state = { ...state, q: q.value.trim(), offset: 0 };
      load();
    }, 250),
  );
  append(root, h('div', { class: 'page-head' }, h('h1', null, 'Entities'), summary), h('div', { class: 'filters' }, kinds, q), body);

  const load = pagedLoader(ctx, body, {
    path: 'entities',
    limit: PAGE,
    query: () => ({ kind: state.kind, q: state.q, offset: state.offset }),
    setOffset: (o) => (state = { ...state, offset: o }),
    loaded: (page) => replace(summary, `${fmtInt(page.total)} ${state.kind || 'entit'}${state.kind ? (page.total === 1 ? '' : 's') : page.total === 1 ? 'y' : 'ies'}${state.q ? ` matching “${state.q}”` : ''}, most documented first`),
    blank: () => (state.q || state.kind ? 'No entity matches.' : 'No entities yet. Add reports on the Sources page.'),
    show: (page, onPage) =>
    replace(
      body,
      h(
        'table',
        { class: 'grid entities-table' },
        h('thead', null, h('tr', null, h('th', null, 'Name'), h('th', null, 'Kind'), h('th', null, 'Also known as'), h('th', { class: 'num' }, 'Other names'), h('th', { class: 'num' }, 'Documents'), h('th', { class: 'num' }, 'Mentions'))),
        h(
          'tbody',
          null,
          page.items.map((e) => {
            const others = (e.aliases || []).filter((a) => a !== e.name);
            const to = route('entity', e.id);
            return h(
              'tr',
              { class: 'clickable', 'data-testid': 'entity-row', 'data-id': e.id, onclick: (ev) => !ev.target.closest('a') && (location.hash = to) },
              h('td', null, link(to, e.name, { class: 'strong' })),
              h('td', null, h('span', { class: 'kind kind-' + cls(e.kind) }, e.kind)),
              h('td', { class: 'aliases' }, others.slice(0, 4).join(' · '), others.length > 4 ? h('span', { class: 'muted' }, ` · +${others.length - 4}`) : null),
              h('td', { class: 'num' }, fmtInt(others.length)),
              h('td', { class: 'num' }, fmtInt(e.documents)),
              h('td', { class: 'num' }, fmtInt(e.mentions)),
            );
          }),
        ),
      ),
      pager(page, onPage),
    ),
  });
  load();
}

export function entityPage(root, ctx) {
  const id = ctx.params[0];
  const notice = h('div', { class: 'notice-box', 'aria-live': 'polite' });

  const say = (text, kind = 'ok') => replace(notice, text ? h('div', { class: 'notice ' + kind, 'data-testid': kind === 'error' ? 'write-error' : 'write-ok' }, text) : null);

  async function write(label, path, body, btn) {
    if (btn) btn.disabled = true;
    say('');
    try {
      const res = await post(path, body);
      ctx.refreshStats();
      const next = res && res.entity && res.entity.id;
      say(`${label}: done.` + (res.judgement && res.judgement.shown ? ` (${res.judgement.shown})` : ''));
      if (next && next !== id) location.hash = route('entity', next);
      else load(true);
    } catch (err) {
      say(`${label} failed: ${err.message}`, 'error');
    } finally {
      if (btn) btn.disabled = false;
    }
  }

  async function load(keepNotice = false) {
    if (!keepNotice) replace(root, loading());
    try {
      const res = await get('entities/' + encodeURIComponent(id));
      if (!ctx.alive) return;
      render(res);
    } catch (err) {
      if (!ctx.alive) return;
      replace(root, notice, errorState(err, () => load()), err.status === 404 ? h('p', null, 'The entity may have been merged or split. Search for its name above, or ', link(route('entities'), 'browse all entities'), '.') : null);
    }
  }

  function render(res) {
    const e = res.entity;
    document.title = `${e.name} · Corroborate`;
    const statements = res.statements || [];
    const stById = new Map(statements.map((s) => [s.id, s]));
    const facts = res.facts || [];
    const events = res.events || [];
    const dis = res.disagreements || [];
    const judgements = res.judgements || [];
    const isPlace = e.kind === 'place';

    // --- names by script ---
    const details = e.alias_details && e.alias_details.length ? e.alias_details : (e.aliases || []).map((n) => ({ name: n }));
    const byScript = new Map();
    for (const a of details) {
      const sc = a.script || 'Zyyy';
      if (!byScript.has(sc)) byScript.set(sc, []);
      byScript.get(sc).push(a);
    }
    const namesTable = h(
      'table',
      { class: 'grid names' },
      h('thead', null, h('tr', null, h('th', null, 'Name'), h('th', null, 'Language'), h('th', { class: 'num' }, 'Docs'), h('th', { class: 'num' }, 'Mentions'), h('th', null, 'First seen'), h('th', null, 'Last seen'), h('th', null, ''))),
      [...byScript].map(([sc, list]) =>
        h(
          'tbody',
          null,
          h('tr', { class: 'group' }, h('th', { colspan: '7' }, SCRIPTS[sc] || sc, h('span', { class: 'count' }, fmtInt(list.length)))),
          list.map((a) => {
            const btn = h('button', { type: 'button', class: 'btn tiny', 'data-testid': 'split-button', title: `Judge that “${a.name}” denotes something else` }, 'Split this name off');
            btn.addEventListener('click', () => write(`Split “${a.name}” off`, 'judgements/split', { entity: e.id, name: a.name }, btn));
            return h(
              'tr',
              { 'data-testid': 'alias-row', class: a.name === e.name ? 'primary-name' : null },
              h('td', { class: 'alias-name' }, a.name, a.name === e.name ? h('span', { class: 'tag' }, 'shown name') : null),
              h('td', null, langName(a.language)),
              h('td', { class: 'num' }, fmtInt(a.documents)),
              h('td', { class: 'num' }, fmtInt(a.mentions)),
              h('td', { class: 'nowrap' }, a.first_seen ? fmtDate(a.first_seen) : '–'),
              h('td', { class: 'nowrap' }, a.last_seen ? fmtDate(a.last_seen) : '–'),
              h('td', { class: 'right' }, details.length > 1 ? btn : null),
            );
          }),
        ),
      ),
    );

    // --- facts ---
    const factRows = facts.map((f) => {
      const sts = (f.statements || []).map((sid) => stById.get(sid)).filter(Boolean);
      const detail = h('tr', { class: 'fact-detail', hidden: true }, h('td', { colspan: '4' }, sts.length ? sts.map((s) => statementBlock(s, { showValue: false })) : h('span', { class: 'muted' }, (f.statements || []).length + ' statements (not loaded)')));
      const row = h(
        'tr',
        {
          class: 'clickable',
          'data-testid': 'fact-row',
          title: 'Show the statements',
          onclick: () => {
            detail.hidden = !detail.hidden;
            row.classList.toggle('open', !detail.hidden);
          },
        },
        h('td', { class: 'prop' }, f.property),
        h('td', { class: 'strong', title: String(f.value ?? '') }, fmtValue(f.value)),
        h('td', null, statusBadge(f.status)),
        h('td', { class: 'num', title: 'independent origins' }, fmtInt(f.independent_origins), h('span', { class: 'muted' }, ` · ${fmtInt((f.statements || []).length)} st.`)),
      );
      return [row, detail];
    });

    // --- judgements ---
    let other = null;
    const mergeBtn = h('button', { type: 'button', class: 'btn primary small', disabled: true, 'data-testid': 'merge-button' }, 'Merge');
    const mergePicker = entityPicker({
      placeholder: 'Merge with… (type a name)',
      testid: 'merge-search',
      exclude: e.id,
      onPick: (o) => {
        other = o;
        mergeBtn.disabled = false;
        mergeBtn.textContent = `Merge with “${o.name}”`;
      },
    });
    mergeBtn.addEventListener('click', () => other && write(`Merge with “${other.name}”`, 'judgements/merge', { a: e.id, b: other.id }, mergeBtn));
    const judgementList = judgements.length
      ? h(
          'ul',
          { class: 'judgements' },
          judgements
            .slice()
            .sort((a, b) => b.number - a.number)
            .map((j) => {
              const undo = h('button', { type: 'button', class: 'btn tiny', 'data-testid': 'undo-button', disabled: j.undone || j.kind === 'undo' }, j.undone ? 'Undone' : 'Undo');
              undo.addEventListener('click', () => write(`Undo #${j.number}`, `judgements/${encodeURIComponent(j.number)}/undo`, {}, undo));
              return h(
                'li',
                { class: j.undone ? 'undone' : null, 'data-testid': 'judgement' },
                h('span', { class: 'jn' }, '#' + j.number),
                h('span', { class: 'badge j-' + cls(j.kind) }, j.kind),
                h('span', { class: 'jtext' }, j.shown || `${j.a} · ${j.b}`),
                h('span', { class: 'muted small' }, j.made_at ? ' ' + String(j.made_at).slice(0, 16).replace('T', ' ') : ''),
                j.kind !== 'undo' ? undo : null,
              );
            }),
        )
      : h('p', { class: 'muted' }, 'No corrections touch this entity.');

    const expl = e.explanations || [];

    const STMT_FIRST = 15;
    const stList = h('div', { class: 'statements' }, statements.slice(0, STMT_FIRST).map((s) => statementBlock(s)));
    const moreSt =
      statements.length > STMT_FIRST
        ? h(
            'button',
            {
              type: 'button',
              class: 'btn small link',
              onclick: (ev) => {
                append(stList, statements.slice(STMT_FIRST).map((s) => statementBlock(s)));
                ev.target.remove();
              },
            },
            `Show all ${fmtInt(statements.length)}`,
          )
        : null;

    replace(
      root,
      h(
        'article',
        { class: 'entity-page', 'data-testid': 'entity-page', 'data-id': e.id },
        h('div', { class: 'crumbs' }, link(route('entities'), '‹ Entities')),
        h(
          'div',
          { class: 'page-head' },
          h('h1', { 'data-testid': 'entity-name' }, e.name),
          h('span', { class: 'kind kind-' + cls(e.kind) }, e.kind),
          h('span', { class: 'muted' }, `${plural(e.documents, 'document')} · ${plural(e.mentions, 'mention')} · ${plural(details.length, 'name')}`),
        ),
        notice,
        isPlace
          ? h(
              'div',
              { class: 'place-line' },
              e.precision ? h('span', { class: 'prec prec-' + cls(e.precision) }, e.precision + '-level place') : null,
              [e.admin1 && e.admin1 !== e.name ? e.admin1 : null, e.country].filter(Boolean).join(', '),
              e.lat !== null && e.lat !== undefined ? h('span', { class: 'mono' }, ` · ${Number(e.lat).toFixed(4)}, ${Number(e.lon).toFixed(4)}`) : h('span', { class: 'muted' }, ' · no coordinates'),
              e.geonames_id > 0 ? h('span', { class: 'muted' }, ` · GeoNames ${e.geonames_id}`) : null,
            )
          : null,
        h(
          'div',
          { class: 'cols' },
          h(
            'div',
            { class: 'col-main' },
            section('Names', details.length, h('p', { class: 'hint' }, 'Every name this entity goes by, grouped by script. “Split this name off” records a judgement that a name denotes something else.'), namesTable),
            section('Facts', facts.length, facts.length ? h('table', { class: 'grid facts' }, h('thead', null, h('tr', null, h('th', null, 'Property'), h('th', null, 'Value'), h('th', null, 'Status'), h('th', { class: 'num' }, 'Independent origins'))), h('tbody', null, factRows)) : h('p', { class: 'muted' }, 'No facts stated about it.'), facts.length ? h('p', { class: 'hint' }, 'Click a fact for the statements behind it.') : null),
            section('Statements about it', statements.length, statements.length ? [stList, moreSt] : h('p', { class: 'muted' }, 'None.')),
          ),
          h(
            'div',
            { class: 'col-side' },
            section(
              isPlace ? 'Events here' : 'Events it took part in',
              events.length,
              events.length
                ? h(
                    'ul',
                    { class: 'ev-links' },
                    events.map((v) => h('li', null, h('span', { class: 'nowrap muted' }, fmtDate(v.date)), ' ', link(route('event', v.id), eventTitle(v)), v.place ? h('span', { class: 'muted' }, ' · ' + v.place.name) : null)),
                  )
                : h('p', { class: 'muted' }, 'None.'),
              events.length
                ? h(
                    'p',
                    { class: 'links' },
                    link(route('timeline', isPlace ? { place: e.id, place_name: e.name } : { actor: e.id, actor_name: e.name }), 'On the timeline ›'),
                    link(route('map', isPlace ? { place: e.id, place_name: e.name } : { actor: e.id, actor_name: e.name }), 'On the map ›'),
                  )
                : null,
            ),
            section('Disagreements about it', dis.length, dis.length ? dis.map((d) => disagreementCard(d, { compact: true })) : h('p', { class: 'muted' }, 'None.')),
            section('Why these names are one entity', expl.length, expl.length ? reasonList(expl, 12) : h('p', { class: 'muted' }, 'Only one name.')),
            section(
              'Corrections',
              judgements.length,
              h('div', { class: 'merge-box' }, mergePicker.el, mergeBtn),
              h('p', { class: 'hint' }, 'Judgements are stored, applied at every rebuild, and can be undone. Writing needs the token printed by ./corroborate serve.'),
              judgementList,
            ),
          ),
        ),
      ),
    );
  }

  load();
}
