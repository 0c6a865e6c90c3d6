// #/timeline: events over time. Zoom with the wheel, drag to pan, or the buttons. When more than MARKS_MAX
// events are in view the per-period histogram (/api/events/histogram) is drawn; otherwise each event is a
// mark (/api/events?from&to). Below, the events of the current window, paged.
import { select } from 'd3-selection';
import { scaleUtc, scaleLinear } from 'd3-scale';
import { axisBottom, axisLeft } from 'd3-axis';
import { zoom as d3zoom, zoomIdentity } from 'd3-zoom';
import { h, replace, append, fmtInt, debounce, route } from '../dom.js';
import { get } from '../api.js';
import { dateRange, iso, fmtDate, fmtDay, loading, errorState, empty, placeText, DAY } from '../format.js';
import { filterBar, filtersFromQuery, apiFilters, scopeFilters } from '../filters.js';
import { eventsTable, eventTitle } from '../eventlist.js';

const MARKS_MAX = 300;
const LIST_PAGE = 50;
const H = 250;
const M = { top: 12, right: 14, bottom: 26, left: 46 };
const MIN_SPAN_DAYS = 4;

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Axis labels: the year at January 1st, the month at other month starts, else day and month. */
function tickLabel(d) {
  const m = d.getUTCMonth();
  const day = d.getUTCDate();
  if (day === 1 && m === 0) return String(d.getUTCFullYear());
  if (day === 1) return MON[m];
  return `${day} ${MON[m]}`;
}

export function timelinePage(root, ctx) {
  let filters = filtersFromQuery(ctx.query);
  let view = filters.from && filters.to ? { from: filters.from, to: filters.to } : null;
  delete filters.from;
  delete filters.to;

  const bar = filterBar({
    state: filters,
    onChange: (s) => {
      filters = s;
      if (domain) {
        const [a, b] = xz.domain(); // keep the window the user is looking at
        view = { from: iso(a), to: iso(new Date(+b - 1)) };
      }
      loadAll();
    },
  });
  const summary = h('span', { class: 'muted' });
  const windowLabel = h('span', { class: 'tl-window' });
  const modeLabel = h('span', { class: 'tl-mode muted' });
  const zoomBtn = (label, title, fn, testid) => h('button', { type: 'button', class: 'btn small', title, 'aria-label': title, 'data-testid': testid, onclick: fn }, label);
  const tlBox = h('div', { class: 'timeline', 'data-testid': 'timeline' });
  const listHead = h('h2', null, 'Events in this window');
  const listBox = h('div', { class: 'tl-list' });
  const listPanel = h('section', { class: 'panel flush' }, h('div', { class: 'panel-head' }, listHead), listBox);
  const undatedBox = h('div', { class: 'tl-undated' });

  append(
    root,
    h('div', { class: 'page-head' }, h('h1', null, 'Timeline'), summary),
    bar.el,
    h(
      'div',
      { class: 'tl-toolbar' },
      windowLabel,
      modeLabel,
      h(
        'span',
        { class: 'tl-zoom' },
        zoomBtn('−', 'Zoom out', () => zoomBy(0.5), 'zoom-out'),
        zoomBtn('+', 'Zoom in', () => zoomBy(2), 'zoom-in'),
        zoomBtn('All', 'Show the whole period', () => resetZoom(), 'zoom-all'),
      ),
    ),
    tlBox,
    h(
      'div',
      { class: 'tl-legend muted' },
      h('span', { class: 'lg lg-day' }),
      ' event dated to the day ',
      h('span', { class: 'lg lg-span' }),
      ' dated to a week, month, season or year (spans that period) ',
      h('span', { class: 'lg lg-bar' }),
      ' number of events per period (when too many to draw one by one). Wheel to zoom, drag to pan, click a bar to zoom into it.',
    ),
    listPanel,
    undatedBox,
  );

  // ---- chart scaffolding (d3 only for scales, axes and zoom; every text goes through .text()) ----
  const svg = select(tlBox).append('svg').attr('class', 'tl-svg').attr('height', H);
  const clipId = 'tl-clip';
  const clipRect = svg.append('defs').append('clipPath').attr('id', clipId).append('rect');
  const gGrid = svg.append('g').attr('class', 'tl-grid');
  const gBars = svg.append('g').attr('class', 'tl-bars').attr('clip-path', `url(#${clipId})`);
  const gMarks = svg.append('g').attr('class', 'tl-marks').attr('clip-path', `url(#${clipId})`);
  const gX = svg.append('g').attr('class', 'axis axis-x').attr('transform', `translate(0,${H - M.bottom})`);
  const gY = svg.append('g').attr('class', 'axis axis-y').attr('transform', `translate(${M.left},0)`);
  const overlayMsg = h('div', { class: 'tl-overlay', hidden: true });
  tlBox.appendChild(overlayMsg);

  let W = 1000;
  const x0 = scaleUtc();
  let xz = x0;
  const y = scaleLinear().range([H - M.bottom, M.top + 6]);
  const zoom = d3zoom().on('zoom', (ev) => {
    xz = ev.transform.rescaleX(x0);
    draw();
    scheduleView();
  });
  svg.call(zoom).on('dblclick.zoom', null);

  let domain = null; // [Date, Date]
  let hist = new Map(); // bucket -> items with s/e Dates
  let histShown = null; // the histogram currently drawn
  let marks = null; // events drawn one by one, or null in histogram mode
  let hot = null; // id of the event hovered in the list
  let gen = 0; // bumps on filter change
  let viewGen = 0;

  function layout() {
    W = Math.max(400, tlBox.clientWidth || 1000);
    svg.attr('width', W).attr('viewBox', `0 0 ${W} ${H}`);
    clipRect.attr('x', M.left).attr('y', 0).attr('width', W - M.left - M.right).attr('height', H - M.bottom);
    x0.range([M.left, W - M.right]);
    const ext = [
      [M.left, 0],
      [W - M.right, H],
    ];
    zoom.extent(ext).translateExtent(ext);
    if (domain) {
      const spanDays = (domain[1] - domain[0]) / DAY;
      zoom.scaleExtent([1, Math.max(1, spanDays / MIN_SPAN_DAYS)]);
    }
  }

  function transformFor(a, b) {
    const k = (W - M.left - M.right) / (x0(b) - x0(a));
    return zoomIdentity.translate(M.left - x0(a) * k, 0).scale(k);
  }
  function zoomBy(f) {
    if (domain) svg.call(zoom.scaleBy, f, [(M.left + W - M.right) / 2, H / 2]);
  }
  function resetZoom() {
    if (domain) svg.call(zoom.transform, zoomIdentity);
  }
  function zoomTo(a, b) {
    const pad = (b - a) * 0.15;
    svg.call(zoom.transform, transformFor(new Date(+a - pad), new Date(+b + pad)));
  }

  const ro = new ResizeObserver(() => {
    if (!domain) return;
    const [a, b] = xz.domain();
    layout();
    svg.call(zoom.transform, transformFor(a, b));
  });
  ro.observe(tlBox);

  function chooseBucket() {
    const [a, b] = xz.domain();
    const pxPerDay = (W - M.left - M.right) / Math.max(1, (b - a) / DAY);
    if (pxPerDay >= 3) return 'day';
    if (pxPerDay * 7 >= 4) return 'week';
    if (pxPerDay * 30.4 >= 3) return 'month';
    return 'year';
  }

  async function ensureHist(bucket, myGen) {
    if (hist.has(bucket)) return hist.get(bucket);
    const res = await get('events/histogram', { bucket, ...apiFilters(filters) });
    const items = (res.items || [])
      .map((it) => {
        const s = dateRange(it.start) || dateRange(it.period);
        const e = dateRange(it.end) || s;
        return s ? { ...it, s: s.start, e: e.end } : null;
      })
      .filter(Boolean);
    if (myGen === gen) hist.set(bucket, items);
    return items;
  }

  // ---- drawing (synchronous, runs on every zoom event) ----
  function draw() {
    if (!domain) return;
    const [a, b] = xz.domain();
    const ticks = xz.ticks(Math.max(2, Math.floor((W - M.left - M.right) / 95))).filter((d) => d.getUTCHours() === 0);
    gX.call(
      axisBottom(xz)
        .tickValues(ticks)
        .tickSizeOuter(0)
        .tickFormat(tickLabel),
    );
    windowLabel.textContent = `${fmtDay(a)} – ${fmtDay(new Date(+b - 1))}`;
    drawBars(a, b);
    drawMarks();
  }

  function drawBars(a, b) {
    const faint = marks !== null; // individual marks are drawn: the histogram would only repeat them
    const items = histShown && !faint ? histShown.filter((d) => d.e > a && d.s < b) : [];
    const max = Math.max(1, ...items.map((d) => d.count));
    y.domain([0, max]).nice(4);
    gBars.classed('faint', faint);
    const sel = gBars
      .selectAll('rect.bar')
      .data(items, (d) => d.period)
      .join((enter) => {
        const r = enter.append('rect').attr('class', 'bar');
        r.append('title');
        r.on('click', (ev, d) => {
          if (marks === null) zoomTo(d.s, d.e);
        });
        return r;
      });
    sel
      .attr('x', (d) => xz(d.s) + 0.5)
      .attr('width', (d) => Math.max(1, xz(d.e) - xz(d.s) - 1))
      .attr('y', (d) => y(d.count))
      .attr('height', (d) => Math.max(0, y(0) - y(d.count)));
    sel.select('title').text((d) => `${d.period}: ${fmtInt(d.count)} event${d.count === 1 ? '' : 's'}${faint ? '' : ' — click to zoom in'}`);
    if (faint) {
      gY.selectAll('*').remove();
      gGrid.selectAll('*').remove();
    } else {
      gY.call(axisLeft(y).ticks(4).tickSizeOuter(0).tickFormat((v) => (Number.isInteger(v) ? fmtInt(v) : '')));
      gGrid
        .selectAll('line')
        .data(y.ticks(4).filter((v) => v > 0))
        .join('line')
        .attr('x1', M.left)
        .attr('x2', W - M.right)
        .attr('y1', (v) => y(v))
        .attr('y2', (v) => y(v));
    }
  }

  function drawMarks() {
    const data = marks ? layoutMarks(marks) : [];
    const sel = gMarks
      .selectAll('g.mark')
      .data(data, (p) => p.e.id)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'mark');
        g.each(function (p) {
          const gs = select(this);
          const shape = p.point ? gs.append('circle') : gs.append('rect');
          shape
            .attr('class', p.point ? 'pt' : 'span')
            .attr('data-testid', 'timeline-event')
            .attr('data-id', p.e.id)
            .attr('tabindex', 0)
            .attr('role', 'link')
            .attr('aria-label', `${eventTitle(p.e)}, ${fmtDate(p.e.date)}`);
          shape.append('title').text(markTitle(p.e));
          shape.on('click', () => (location.hash = route('event', p.e.id)));
          shape.on('keydown', (ev) => ev.key === 'Enter' && (location.hash = route('event', p.e.id)));
        });
        return g;
      });
    sel.classed('hot', (p) => p.e.id === hot);
    sel
      .select('circle')
      .attr('cx', (p) => p.x)
      .attr('cy', (p) => p.y)
      .attr('r', (p) => p.r)
      .style('stroke-width', (p) => (p.r < 3 ? 0.5 : 1.5));
    sel
      .select('rect')
      .attr('x', (p) => p.x1)
      .attr('width', (p) => p.x2 - p.x1)
      .attr('y', (p) => p.y - 4.5)
      .attr('height', 9)
      .attr('rx', 4.5);
  }

  /**
   * Positions for individually drawn events. Events dated to a period longer than a day are bars spanning
   * that period, in lanes along the top; events dated to a day are dots, packed in a grid inside their
   * day's column from the bottom up, shrinking when a day holds many.
   */
  function layoutMarks(list) {
    const bottom = H - M.bottom - 4;
    const spans = [];
    const days = new Map();
    for (const e of list) {
      const d = dateRange(e.date);
      if (!d) continue;
      if (e.date_precision === 'day' || d.end - d.start <= DAY) {
        const k = +d.start;
        if (!days.has(k)) days.set(k, { d, items: [] });
        days.get(k).items.push(e);
      } else spans.push({ e, point: false, x1: xz(d.start), x2: Math.max(xz(d.end), xz(d.start) + 10) });
    }
    const out = [];
    const MAX_SPAN_LANES = 4;
    const laneEnd = [];
    spans.sort((p, q) => p.x1 - q.x1 || q.x2 - p.x2);
    for (const p of spans) {
      let lane = laneEnd.findIndex((end) => end + 2 <= p.x1);
      if (lane < 0) lane = laneEnd.length < MAX_SPAN_LANES ? laneEnd.length : laneEnd.indexOf(Math.min(...laneEnd));
      laneEnd[lane] = Math.max(laneEnd[lane] ?? -Infinity, p.x2);
      p.y = M.top + 6 + lane * 12;
      out.push(p);
    }
    const top = M.top + (laneEnd.length ? laneEnd.length * 12 + 6 : 0);
    const availH = Math.max(10, bottom - top);
    const dayW = xz(new Date(+xz.domain()[0] + DAY)) - xz(xz.domain()[0]);
    if (dayW < 14) {
      // Days narrower than a dot: greedy lanes across days, so neighbouring days do not overlap.
      const ends = [];
      const placed = [];
      for (const { d, items } of [...days.values()].sort((p, q) => p.d.start - q.d.start)) {
        const x = xz(new Date(+d.start + DAY / 2));
        for (const e of items) {
          let lane = ends.findIndex((end) => end + 1 <= x - 5);
          if (lane < 0) lane = ends.length;
          ends[lane] = x + 5;
          placed.push({ e, point: true, x, lane });
        }
      }
      const laneH = Math.max(2, Math.min(12, availH / Math.max(1, ends.length)));
      const r = Math.max(1.2, Math.min(5, laneH / 2 - 0.5));
      for (const p of placed) out.push({ ...p, y: bottom - (p.lane + 0.5) * laneH, r });
      return out;
    }
    for (const { d, items } of days.values()) {
      const x0 = xz(d.start);
      const x1 = xz(d.end);
      const w = Math.max(0, x1 - x0 - 2);
      const n = items.length;
      let cell = 12;
      let cols = 1;
      for (; cell > 4; cell--) {
        cols = Math.max(1, Math.floor(w / cell));
        if (Math.ceil(n / cols) * cell <= availH) break;
      }
      cols = Math.max(1, Math.min(n, Math.floor(w / cell)));
      const rows = Math.ceil(n / cols);
      const rowH = rows * cell > availH ? availH / rows : cell; // still too many: squeeze (dots overlap)
      const r = Math.max(1.2, Math.min(5, Math.min(cell, rowH) / 2 - 0.5));
      items.forEach((e, i) => {
        const col = i % cols;
        const row = Math.floor(i / cols);
        const x = cols === 1 ? (x0 + x1) / 2 : x0 + 1 + ((col + 0.5) * w) / cols;
        out.push({ e, point: true, x, y: bottom - (row + 0.5) * rowH, r });
      });
    }
    return out;
  }

  function markTitle(e) {
    const parts = [eventTitle(e), fmtDate(e.date) + (e.date_precision && e.date_precision !== 'day' ? ` (${e.date_precision})` : '')];
    if (e.place) parts.push(placeText(e.place));
    if (e.actors && e.actors.length) parts.push(e.actors.map((a) => a.name).join(', '));
    return parts.join(' · ');
  }

  // ---- data for the current view (debounced while zooming) ----
  const scheduleView = debounce(() => loadView(), 180);

  async function loadView() {
    if (!domain || !ctx.alive) return;
    const my = ++viewGen;
    const myGen = gen;
    const [a, b] = xz.domain();
    const from = iso(a);
    const to = iso(new Date(+b - 1));
    ctx.setQuery({ ...filters, from, to });
    const bucket = chooseBucket();
    try {
      const [h1, page] = await Promise.all([ensureHist(bucket, myGen), get('events', { ...apiFilters(filters), from, to, brief: true, limit: MARKS_MAX })]);
      if (my !== viewGen || myGen !== gen || !ctx.alive) return;
      histShown = h1;
      marks = page.total <= MARKS_MAX ? page.items : null;
      modeLabel.textContent =
        marks !== null
          ? `${fmtInt(page.total)} event${page.total === 1 ? '' : 's'} in view, each drawn`
          : `${fmtInt(page.total)} events in view: events per ${bucket}; zoom in to ${MARKS_MAX} or fewer to see each event`;
      overlayMsg.hidden = true;
      draw();
      renderList(page.total, from, to, marks !== null ? page.items : null);
    } catch (err) {
      if (my !== viewGen || !ctx.alive) return;
      replace(listBox, errorState(err, loadView));
    }
  }

  function renderList(total, from, to, prefetched) {
    replace(listHead, 'Events in this window', h('span', { class: 'count' }, fmtInt(total)), h('span', { class: 'h-note' }, `${fmtDate(from)} – ${fmtDate(to)}, by date`));
    if (!total) {
      replace(listBox, empty('No dated events in this window. Zoom out or clear the filters.'));
      return;
    }
    const first = prefetched ? prefetched.slice(0, LIST_PAGE) : null;
    const tbl = eventsTable([], {
      onRowEnter: (e) => {
        hot = e.id;
        drawMarks();
      },
      onRowLeave: () => {
        hot = null;
        drawMarks();
      },
    });
    const moreBtn = h('button', { class: 'btn', 'data-testid': 'more' }, 'More');
    const status = h('span', { class: 'muted' });
    const foot = h('div', { class: 'list-foot' }, status, moreBtn);
    replace(listBox, tbl.table, foot);
    let shown = 0;
    const my = viewGen;
    const show = (items) => {
      tbl.append(items);
      shown += items.length;
      status.textContent = `${fmtInt(shown)} of ${fmtInt(total)}`;
      moreBtn.hidden = shown >= total;
    };
    const loadMore = async () => {
      moreBtn.disabled = true;
      try {
        if (prefetched && shown < prefetched.length) show(prefetched.slice(shown, shown + LIST_PAGE));
        else {
          const page = await get('events', { ...apiFilters(filters), from, to, brief: true, offset: shown, limit: LIST_PAGE });
          if (my !== viewGen || !ctx.alive) return;
          show(page.items);
        }
      } catch (err) {
        status.textContent = 'Could not load more: ' + err.message;
      } finally {
        moreBtn.disabled = false;
      }
    };
    moreBtn.addEventListener('click', loadMore);
    if (first) show(first);
    else loadMore();
  }

  // ---- everything, on first load and on every filter change ----
  async function loadAll() {
    const myGen = ++gen;
    hist = new Map();
    histShown = null;
    marks = null;
    bar.setState(filters);
    ctx.setQuery({ ...filters, ...(view || {}) });
    replace(listBox, loading());
    replace(undatedBox);
    overlayMsg.hidden = false;
    replace(overlayMsg, loading());
    try {
      const narrowed = filters.type || filters.kind;
      const [fAll, fSel, years] = await Promise.all([
        get('events/facets', apiFilters(filters)),
        narrowed ? get('events/facets', scopeFilters(filters)) : null,
        ensureHist('year', myGen),
      ]);
      if (myGen !== gen || !ctx.alive) return;
      listPanel.hidden = false;
      bar.setFacets(fSel || fAll);
      const anyFilter = filters.actor || filters.place || filters.type || filters.kind;
      replace(summary, `${fmtInt(fAll.total)} event${fAll.total === 1 ? '' : 's'}${anyFilter ? ' match the filters' : ''}`, fAll.first ? ` · ${fmtDate(fAll.first)} – ${fmtDate(fAll.last)}` : '');
      const dated = years.reduce((n, it) => n + it.count, 0);
      renderUndated(Math.max(0, fAll.total - dated), fAll.total);
      const r0 = dateRange(fAll.first);
      const r1 = dateRange(fAll.last);
      if (!fAll.total || !r0 || !r1) {
        domain = null;
        gBars.selectAll('*').remove();
        gMarks.selectAll('*').remove();
        gX.selectAll('*').remove();
        gY.selectAll('*').remove();
        gGrid.selectAll('*').remove();
        windowLabel.textContent = '';
        modeLabel.textContent = '';
        replace(overlayMsg, empty(!fAll.total ? (anyFilter ? 'No events match these filters.' : 'No events yet. Add reports on the Sources page, or run ./corroborate demo.') : 'None of these events has a date.'));
        listPanel.hidden = true;
        return;
      }
      let a = r0.start;
      let b = new Date(Math.max(+r1.end, +r0.end));
      if (b - a < 60 * DAY) {
        const mid = (+a + +b) / 2;
        a = new Date(mid - 30 * DAY);
        b = new Date(mid + 30 * DAY);
      }
      const pad = (b - a) * 0.03;
      domain = [new Date(+a - pad), new Date(+b + pad)];
      x0.domain(domain);
      layout();
      let t = zoomIdentity;
      const va = view && dateRange(view.from);
      const vb = view && dateRange(view.to);
      if (va && vb && vb.end > va.start) {
        const ca = new Date(Math.max(+va.start, +domain[0]));
        const cb = new Date(Math.min(+vb.end, +domain[1]));
        if (cb > ca) t = transformFor(ca, cb);
      }
      view = null;
      svg.call(zoom.transform, t); // draws and schedules loadView
      scheduleView.cancel();
      loadView();
    } catch (err) {
      if (myGen !== gen || !ctx.alive) return;
      replace(overlayMsg, errorState(err, loadAll));
      replace(listBox);
    }
  }

  function renderUndated(n, total) {
    if (!n) return replace(undatedBox);
    const box = h('div', { class: 'undated-list' });
    const btn = h(
      'button',
      {
        class: 'btn small',
        onclick: async () => {
          btn.disabled = true;
          replace(box, loading());
          try {
            // Events are sorted by date with the undated last, so they are the last n of the filtered list.
            const page = await get('events', { ...apiFilters(filters), brief: true, offset: total - n, limit: Math.min(n, 500) });
            const items = page.items.filter((e) => !e.date);
            replace(box, eventsTable(items).table, n > 500 ? h('p', { class: 'muted' }, `First 500 of ${fmtInt(n)}.`) : null);
          } catch (err) {
            replace(box, errorState(err));
          }
        },
      },
      'Show them',
    );
    replace(undatedBox, h('p', { class: 'muted' }, `${fmtInt(n)} event${n === 1 ? ' has' : 's have'} no date and ${n === 1 ? 'is' : 'are'} not on the timeline. `, btn), box);
  }

  layout();
  loadAll();
  return () => {
    ro.disconnect();
    scheduleView.cancel();
  };
}
