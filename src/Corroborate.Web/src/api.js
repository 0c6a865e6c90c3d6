// JSON API client: GET with query objects, writes with the session token (asked for once, kept in sessionStorage).
import { h } from './dom.js';

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export function qs(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v === null || v === undefined || v === '') continue;
    q.set(k, String(v));
  }
  const s = q.toString();
  return s ? '?' + s : '';
}

async function parse(res) {
  let body = null;
  const text = await res.text();
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!res.ok) {
    const msg = body && typeof body.error === 'string' ? body.error : `${res.status} ${res.statusText || 'error'}`;
    throw new ApiError(res.status, msg);
  }
  if (body === null) throw new ApiError(res.status, 'the server sent no JSON');
  return body;
}

export async function get(path, params, signal) {
  let res;
  try {
    res = await fetch('/api/' + path + qs(params), { headers: { Accept: 'application/json' }, signal });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'cannot reach the server');
  }
  return parse(res);
}

const TOKEN_KEY = 'corroborate-token';
export const token = {
  get: () => sessionStorage.getItem(TOKEN_KEY),
  set: (t) => sessionStorage.setItem(TOKEN_KEY, t),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
};

/** POST with the X-Corroborate-Token header; asks for the token first if none is kept, and again on 401. */
export async function post(path, body) {
  for (let attempt = 0; attempt < 3; attempt++) {
    let t = token.get();
    if (!t) {
      t = await askToken(attempt ? 'The server refused that token (401). Enter the token printed by ./corroborate serve.' : null);
      if (!t) throw new ApiError(0, 'cancelled: no token given');
      token.set(t);
    }
    const headers = { 'X-Corroborate-Token': t, Accept: 'application/json' };
    let payload = body;
    if (!(body instanceof FormData)) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body ?? {});
    }
    let res;
    try {
      res = await fetch('/api/' + path, { method: 'POST', headers, body: payload });
    } catch {
      throw new ApiError(0, 'cannot reach the server');
    }
    if (res.status === 401) {
      token.clear();
      continue;
    }
    return parse(res);
  }
  throw new ApiError(401, 'the server refused the token');
}

/** A small modal form for the write token (not window.prompt). Resolves to the token or null. */
export function askToken(message) {
  return new Promise((resolve) => {
    const input = h('input', { type: 'password', autocomplete: 'off', spellcheck: 'false', placeholder: 'token', 'data-testid': 'token-input', required: true });
    const close = (v) => {
      overlay.remove();
      document.removeEventListener('keydown', onKey);
      resolve(v);
    };
    const onKey = (e) => {
      if (e.key === 'Escape') close(null);
    };
    const form = h(
      'form',
      {
        class: 'modal',
        'data-testid': 'token-form',
        onsubmit: (e) => {
          e.preventDefault();
          const v = input.value.trim();
          if (v) close(v);
        },
      },
      h('h3', null, 'Write token'),
      h('p', null, 'Corrections change the shared record. Enter the token that ', h('code', null, './corroborate serve'), ' printed when it started. It is kept for this browser tab only.'),
      message ? h('p', { class: 'error' }, message) : null,
      input,
      h('div', { class: 'modal-actions' }, h('button', { type: 'button', class: 'btn', onclick: () => close(null) }, 'Cancel'), h('button', { type: 'submit', class: 'btn primary', 'data-testid': 'token-submit' }, 'Continue')),
    );
    const overlay = h('div', { class: 'overlay', onclick: (e) => e.target === overlay && close(null) }, form);
    document.body.appendChild(overlay);
    document.addEventListener('keydown', onKey);
    input.focus();
  });
}
