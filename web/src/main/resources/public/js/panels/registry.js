// Side-panel tabs. A feature adds itself with registerPanel({id, titleKey, render(body, ctx), onState?(keys, ctx), onHide?(ctx),
// printData?(), hidden?}) (hidden: no tab button; opened with show(id) from elsewhere, e.g. the Roads panel from the banner):
// the extension point for later panels (optimization, mobile teams).
import { t } from '../i18n.js';

const panels = [];
let active = null;
let ctxRef = null;

export function registerPanel(panel) { panels.push(panel); }

export function initTabs(ctx) {
  ctxRef = ctx;
  active = active || panels[0].id;
  renderTabs();
}

export function renderTabs() {
  const nav = document.getElementById('tabs');
  nav.innerHTML = '';
  for (const p of panels) {
    if (p.hidden) continue;
    const b = document.createElement('button');
    b.type = 'button';
    b.role = 'tab';
    b.id = 'tab-' + p.id;
    b.textContent = t(p.titleKey);
    b.className = p.id === active ? 'active' : '';
    b.addEventListener('click', () => show(p.id));
    nav.appendChild(b);
  }
  renderActive();
}

export function show(id) {
  const previous = panels.find(x => x.id === active);
  if (previous && previous.id !== id && previous.onHide) previous.onHide(ctxRef); // e.g. remove its map layer
  active = id;
  renderTabs();
}

export function activeId() { return active; }

/** What panels give the printable page (a panel's optional printData() returns a plain object, or null). */
export function printData() {
  const out = {};
  for (const p of panels) {
    const d = p.printData ? p.printData() : null;
    if (d) out[p.id] = d;
  }
  return out;
}

export function renderActive() {
  const p = panels.find(x => x.id === active);
  const body = document.getElementById('tab-body');
  body.dataset.panel = p.id;
  p.render(body, ctxRef);
}

/** Tells every panel that state changed; the active one re-renders. */
export function notify(keys) {
  for (const p of panels) if (p.onState) p.onState(keys, ctxRef, p.id === active);
  renderActive();
}
