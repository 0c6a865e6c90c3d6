// Loading /api data into a page: one filtered, paged list (a newer request always wins over a slower older one, and
// the body shows loading, empty and error states), or one item with its loading and error states.
import { replace } from './dom.js';
import { get } from './api.js';
import { loading, errorState, empty } from './format.js';

/**
 * Returns `load()`, which fetches and draws the page `query()` describes (its `offset` included).
 * `loaded(page)` runs on every answer (summaries, counts); `blank()` is the empty-state text;
 * `show(page, onPage)` draws the items, `onPage(offset)` being what a pager calls; `moved()` runs after paging.
 */
export function pagedLoader(ctx, body, { path, limit, query, setOffset, loaded, blank, show, moved }) {
  let seq = 0;
  async function load() {
    const my = ++seq;
    const q = query();
    ctx.setQuery({ ...q, offset: q.offset || null });
    replace(body, loading());
    try {
      const page = await get(path, { ...q, limit });
      if (my !== seq || !ctx.alive) return;
      loaded(page);
      if (!page.items.length) {
        replace(body, empty(blank()));
        return;
      }
      show(page, (o) => {
        setOffset(o);
        load();
        if (moved) moved();
      });
    } catch (err) {
      if (my === seq && ctx.alive) replace(body, errorState(err, load));
    }
  }
  return load;
}

/**
 * Returns `load()`, which fetches one item from /api/{path} and hands it to `render(item)`, with the loading and
 * error states every item page shows (the error state retries).
 */
export function itemLoader(ctx, root, path, render) {
  const load = async () => {
    replace(root, loading());
    try {
      const item = await get(path);
      if (ctx.alive) render(item);
    } catch (err) {
      if (ctx.alive) replace(root, errorState(err, load));
    }
  };
  return load;
}
