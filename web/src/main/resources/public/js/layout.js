// Page layout that is not a panel: the bottom sheet on phones (the side panel, half the screen or most of it),
// banners that show one line until clicked, and the page title in the current language.
import { t } from './i18n.js';

export const PHONE_WIDTH = 720;

export function isPhone() { return window.innerWidth <= PHONE_WIDTH; }

/** Wires the sheet toggle; onResize is called after the map area changed size (Leaflet must re-measure). */
export function initLayout(onResize) {
  const panel = document.getElementById('panel');
  const toggle = document.getElementById('sheet-toggle');
  toggle.addEventListener('click', () => setSheet(!panel.classList.contains('expanded'), onResize));
  document.getElementById('tabs').addEventListener('click', e => { // choosing a tab on a phone opens the sheet
    if (e.target.closest('button') && isPhone() && !panel.classList.contains('expanded')) setSheet(true, onResize);
  });
  document.getElementById('banners').addEventListener('click', e => {
    const b = e.target.closest('.banner');
    if (b) b.classList.toggle('open');
  });
  let timer = null;
  window.addEventListener('resize', () => { clearTimeout(timer); timer = setTimeout(onResize, 150); });
  relabelLayout();
}

export function setSheet(expanded, onResize) {
  const panel = document.getElementById('panel');
  panel.classList.toggle('expanded', expanded);
  document.getElementById('sheet-toggle').setAttribute('aria-expanded', String(expanded));
  relabelLayout();
  if (onResize) onResize();
}

export function relabelLayout() {
  const expanded = document.getElementById('panel').classList.contains('expanded');
  document.getElementById('sheet-toggle-label').textContent = t(expanded ? 'sheet.collapse' : 'sheet.expand');
  document.title = t('app.title');
}
