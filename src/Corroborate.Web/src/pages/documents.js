// #/documents (paged list of sources, filter, upload) and #/document/{id}?start=&end= (the source viewer:
// plain text with the span [start,end) in a <mark>, statements and events of the document at the side).
import { h, replace, append, route, link, extLink, fmtInt, debounce, clear } from '../dom.js';
import { post } from '../api.js';
import { pagedLoader, itemLoader } from '../paged.js';
import { fmtDate, fmtValue, langName, pager, stanceBadge, entityLink, section, LANGS } from '../format.js';

const PAGE = 50;

export function documentsPage(root, ctx) {
  let state = { q: ctx.query.q || '', language: ctx.query.language || '', offset: Math.max(0, parseInt(ctx.query.offset || '0', 10) || 0) };
  const q = h('input', { type: 'search', placeholder: 'Filter: title, publisher or text', value: state.q, 'data-testid': 'document-filter', 'aria-label': 'Filter sources' });
  const lang = h('select', { 'aria-label': 'Language', 'data-testid': 'document-language' }, h('option', { value: '' }, 'All languages'), Object.entries(LANGS).map(([k, v]) => h('option', { value: k }, v)));
  lang.value = state.language;
  const summary = h('span', { class: 'muted' });
  const body = h('div');
  q.addEventListener(
    'input',
    debounce(() => {
      state = { ...state, q: q.value.trim(), offset: 0 };
      load();
    }, 250),
  );
  lang.addEventListener('change', () => {
    state = { ...state, language: lang.value, offset: 0 };
    load();
  });
  append(root, h('div', { class: 'page-head' }, h('h1', null, 'Sources'), summary), h('div', { class: 'filters' }, q, lang, h('span', { class: 'spacer' }), uploadControl(ctx, () => load())), body);

  const load = pagedLoader(ctx, body, {
    path: 'documents',
    limit: PAGE,
    query: () => ({ q: state.q, language: state.language, offset: state.offset }),
    setOffset: (o) => (state = { ...state, offset: o }),
    loaded: (page) => (summary.textContent = `${fmtInt(page.total)} source${page.total === 1 ? '' : 's'}${state.q ? ` matching “${state.q}”` : ''}`),
    blank: () => (state.q || state.language ? 'No source matches.' : 'No sources yet. Add reports with the button above, or run ./corroborate ingest.'),
    show: (page, onPage) =>
    replace(
      body,
      h(
        'table',
        { class: 'grid documents-table' },
        h('thead', null, h('tr', null, h('th', null, 'Title'), h('th', null, 'Publisher'), h('th', { class: 'col-date' }, 'Published'), h('th', null, 'Language'), h('th', null, 'Format'), h('th', { class: 'num' }, 'Characters'))),
        h(
          'tbody',
          null,
          page.items.map((d) => {
            const to = route('document', d.id);
            return h(
              'tr',
              { class: 'clickable', 'data-testid': 'document-row', 'data-id': d.id, onclick: (ev) => !ev.target.closest('a') && (location.hash = to) },
              h('td', null, link(to, d.title || untitled(d), { class: d.title ? 'strong' : 'strong muted' })),
              h('td', null, d.publisher || h('span', { class: 'muted' }, '—')),
              h('td', { class: 'nowrap col-date' }, d.published ? fmtDate(d.published) : '—'),
              h('td', null, langName(d.language)),
              h('td', null, d.format || ''),
              h('td', { class: 'num' }, fmtInt(d.length)),
            );
          }),
        ),
      ),
      pager(page, onPage),
    ),
  });
  load();
}

function snippet(text, start, end) {
  const t = text.slice(Math.max(0, start), Math.max(0, end)).replace(/\s+/g, ' ').trim();
  return t.length > 140 ? t.slice(0, 137) + '…' : t;
}

const untitled = (d) => `Untitled ${d.format || 'document'}${d.publisher ? ' from ' + d.publisher : ''}${d.published ? ', ' + fmtDate(d.published) : ''}`;

function uploadControl(ctx, onDone) {
  const input = h('input', { type: 'file', multiple: true, class: 'visually-hidden', id: 'upload-files', 'data-testid': 'upload-input' });
  const label = h('label', { for: 'upload-files', class: 'btn' }, 'Add reports…');
  const out = h('span', { class: 'upload-out', 'aria-live': 'polite' });
  input.addEventListener('change', async () => {
    if (!input.files.length) return;
    const form = new FormData();
    for (const f of input.files) form.append('files', f, f.name);
    replace(out, `Uploading ${input.files.length} file${input.files.length === 1 ? '' : 's'}…`);
    try {
      const res = await post('documents', form);
      const skipped = res.skipped || [];
      replace(
        out,
        h('span', { class: 'ok' }, `Added ${fmtInt(res.added)}, already present ${fmtInt(res.already_present)}`),
        skipped.length ? h('span', { class: 'error', title: skipped.map((s) => `${s.path}: ${s.error}`).join('\n') }, `, skipped ${skipped.length}: ${skipped.map((s) => `${s.path} (${s.error})`).join('; ')}`) : null,
      );
      ctx.refreshStats();
      onDone();
    } catch (err) {
      replace(out, h('span', { class: 'error' }, 'Upload failed: ' + err.message));
    } finally {
      input.value = '';
    }
  });
  return h('span', { class: 'upload' }, input, label, out);
}

export function documentPage(root, ctx) {
  const id = ctx.params[0];
  const load = itemLoader(ctx, root, 'documents/' + encodeURIComponent(id), render);

  function render(doc) {
    const text = typeof doc.text === 'string' ? doc.text : '';
    const textBox = h('div', { class: 'doc-text', 'data-testid': 'document-text', lang: doc.language || null });
    const stItems = [];

    function highlight(start, end, scroll) {
      clear(textBox);
      const s = Number.parseInt(start, 10);
      const e = Number.parseInt(end, 10);
      if (!Number.isFinite(s) || !Number.isFinite(e)) {
        textBox.appendChild(document.createTextNode(text));
        return null;
      }
      const a = Math.max(0, Math.min(text.length, s));
      const b = Math.max(a, Math.min(text.length, e));
      const mark = document.createElement('mark');
      mark.setAttribute('data-testid', 'highlight');
      mark.textContent = text.slice(a, b);
      textBox.append(document.createTextNode(text.slice(0, a)), mark, document.createTextNode(text.slice(b)));
      for (const it of stItems) it.el.classList.toggle('active', it.start === a && it.end === b);
      if (scroll) requestAnimationFrame(() => mark.scrollIntoView({ block: 'center', behavior: 'auto' }));
      return mark;
    }

    const select = (start, end) => {
      ctx.setQuery({ start, end });
      highlight(start, end, true);
    };

    const statements = (doc.statements || []).slice().sort((a, b) => a.start - b.start);
    const stList = statements.map((st) => {
      const el = h(
        'li',
        { class: 'doc-st clickable', tabindex: '0', 'data-testid': 'document-statement', onclick: (ev) => !ev.target.closest('a') && select(st.start, st.end), onkeydown: (ev) => ev.key === 'Enter' && select(st.start, st.end) },
        h('div', { class: 'doc-st-head' }, entityLink(st.subject, st.subject_name), ' · ', h('span', { class: 'prop' }, st.property), ' = ', h('strong', null, fmtValue(st.value))),
        h('div', { class: 'meta' }, stanceBadge(st.stance), st.speaker_name ? [' by ', entityLink(st.speaker, st.speaker_name)] : null, st.origin_name ? h('span', { class: 'muted' }, ' · origin ' + st.origin_name) : null, st.valid_at ? h('span', { class: 'muted' }, ' · as of ' + fmtDate(st.valid_at)) : null),
      );
      stItems.push({ el, start: st.start, end: st.end });
      return el;
    });
    const events = (doc.events || []).slice().sort((a, b) => a.start - b.start);
    const evList = events.map((ev) => {
      const el = h(
        'li',
        { class: 'doc-st clickable', tabindex: '0', onclick: (e) => !e.target.closest('a') && select(ev.start, ev.end), onkeydown: (e) => e.key === 'Enter' && select(ev.start, ev.end) },
        h('div', { class: 'doc-st-head' }, h('span', { class: 'strong cap' }, ev.kind || 'event'), ' · ', link(route('event', ev.id), 'event page ›')),
        h('div', { class: 'snippet' }, snippet(text, ev.start, ev.end)),
      );
      stItems.push({ el, start: ev.start, end: ev.end });
      return el;
    });

    document.title = `${doc.title || 'Source'} · Corroborate`;
    replace(
      root,
      h(
        'article',
        { class: 'document-view', 'data-testid': 'document-view' },
        h('div', { class: 'crumbs' }, link(route('documents'), '‹ Sources')),
        h('div', { class: 'page-head' }, h('h1', { class: doc.title ? null : 'muted' }, doc.title || untitled(doc))),
        h(
          'div',
          { class: 'doc-meta' },
          h('span', null, h('span', { class: 'muted' }, 'Publisher '), h('strong', null, doc.publisher || '—')),
          h('span', null, h('span', { class: 'muted' }, 'Published '), doc.published ? fmtDate(doc.published) : '—'),
          h('span', null, h('span', { class: 'muted' }, 'Language '), langName(doc.language)),
          h('span', null, h('span', { class: 'muted' }, 'Format '), doc.format || '—'),
          h('span', null, h('span', { class: 'muted' }, 'Length '), fmtInt(text.length) + ' characters'),
          doc.url ? h('span', { class: 'doc-url' }, h('span', { class: 'muted' }, 'URL '), extLink(doc.url, doc.url)) : null,
          doc.source_path ? h('span', { class: 'mono muted small', title: 'ingested from' }, doc.source_path) : null,
        ),
        h(
          'div',
          { class: 'cols doc-cols' },
          h('div', { class: 'col-main' }, h('div', { class: 'panel doc-panel' }, textBox)),
          h(
            'div',
            { class: 'col-side' },
            section('Statements in this source', statements.length, statements.length ? h('ul', { class: 'doc-sts' }, stList) : h('p', { class: 'muted' }, 'No statements were extracted.'), statements.length ? h('p', { class: 'hint' }, 'Click a statement to highlight its sentence.') : null),
            section('Events reported here', events.length, events.length ? h('ul', { class: 'doc-sts' }, evList) : h('p', { class: 'muted' }, 'None.')),
          ),
        ),
      ),
    );
    highlight(ctx.query.start, ctx.query.end, true);
  }

  load();
}
