// Calls to the Dostap API. Errors come back as {error, message, problems[]}; they are thrown as ApiError.
// Every request says the page's language (Accept-Language) so that the server words its messages in it.
import { lang } from './i18n.js';

export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message || ('HTTP ' + status));
    this.status = status;
    this.body = body || {};
  }
}

function token() { return sessionStorage.getItem('dostap.token'); }

export function setToken(t) {
  if (t) sessionStorage.setItem('dostap.token', t); else sessionStorage.removeItem('dostap.token');
}

async function request(method, path, body, signal) {
  const headers = { 'Accept': 'application/json', 'Accept-Language': lang() };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token() && method !== 'GET') headers['Authorization'] = 'Bearer ' + token();
  let res;
  try {
    res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, { message: 'network' });
  }
  if (res.status === 204) return null;
  const text = await res.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch (e) { json = { message: text }; }
  if (!res.ok) throw new ApiError(res.status, json);
  return json;
}

/** Runs a write or a job (fn calls the API); on 401 asks for the write token once (promptText) and retries. */
export async function withToken(fn, promptText) {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      const given = window.prompt(promptText);
      if (given) { setToken(given); return await fn(); }
    }
    throw e;
  }
}

export const api = {
  get: (path, signal) => request('GET', path, undefined, signal),
  post: (path, body, signal) => request('POST', path, body, signal),
  put: (path, body) => request('PUT', path, body),
  del: (path) => request('DELETE', path),
  /** POSTs (GET when body is undefined) and downloads the response as a file (exports). */
  async download(path, body, fallbackName) {
    const headers = { 'Content-Type': 'application/json', 'Accept-Language': lang() };
    const res = await fetch(path, body === undefined ? { headers } : { method: 'POST', headers, body: JSON.stringify(body) });
    if (!res.ok) throw new ApiError(res.status, await res.json().catch(() => null));
    const disposition = res.headers.get('Content-Disposition') || '';
    const m = /filename="([^"]+)"/.exec(disposition);
    const blob = await res.blob();
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = m ? m[1] : fallbackName;
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  },
};
