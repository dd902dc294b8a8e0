// Road network tab: the travel times in use, the networks of the server's graph cache (choose one), or an address /
// file path to load; the load's progress; when it is done the server answers with road times from it (no restart) and
// the page recomputes. Shows the estimate fitted on the network in use (how far the estimate would be off there).
import { registerPanel } from './registry.js';
import { state, set } from '../state.js';
import { t } from '../i18n.js';
import { esc, num, fixed, decimal } from '../format.js';
import { api, withToken } from '../api.js';
import { describeError } from '../errors.js';

let poll = null;

function phaseText(job) {
  const pct = job.percent != null ? ` ${decimal(job.percent, 1)} %` : ''; // in the page's language, not the browser's
  if (job.phase === 'download' && job.total > 0) return `${t('net.phase.download')}${pct} (${num(Math.round(job.done / 1048576))} / ${num(Math.round(job.total / 1048576))} MB)`;
  return t('net.phase.' + job.phase) + pct;
}

function networkLine(n) {
  if (!n) return '';
  return `<strong>${esc(n.osm_file)}</strong> (${t('net.osmDate')} ${esc(n.osm_data_date ? n.osm_data_date.slice(0, 10) : t('net.dateUnknown'))})`;
}

function fitTable(fit) {
  if (!fit) return '';
  const car = fit.modes.find(m => m.mode === 'car') || fit.modes[0];
  if (!car) return '';
  // decimals in the page's language (1,35 in Bulgarian)
  const rows = car.bands.map(b => `<tr><td>${decimal(b.from_km, 1)}–${b.to_km >= 1e6 ? '…' : decimal(b.to_km, 1)}</td><td class="num">${num(b.pairs)}</td>
    <td class="num">${fixed(b.detour_factor, 2)}</td><td class="num">${num(Math.round(b.speed_kmh))}</td>
    <td class="num">×${fixed(b.ratio_p10, 2)}–×${fixed(b.ratio_p90, 2)}</td></tr>`).join('');
  return `<h3>${t('net.fitTitle')}</h3><p class="muted">${t('net.fitHelp')}</p>
    <table class="data" id="net-fit"><thead><tr><th>${t('net.fit.km')}</th><th>${t('net.fit.pairs')}</th><th>${t('net.fit.detour')}</th>
    <th>${t('net.fit.speed')}</th><th>${t('net.fit.band')}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function render(body, ctx) {
  const n = state.network;
  if (!n) { body.innerHTML = '…'; return; }
  const job = n.job;
  const running = job && job.status === 'running';
  const current = n.network
    ? `<p id="net-current">${t('net.road')} ${networkLine(n.network)}${n.origin === 'cached_at_start' ? ` <span class="muted">${t('net.cachedAtStart')}</span>` : ''}</p>`
    : `<p id="net-current">${t('net.estimated')}</p>`;
  const cached = n.cached.length ? `<table class="data" id="net-cached"><thead><tr><th>${t('net.file')}</th><th>${t('net.osmDate')}</th><th></th></tr></thead><tbody>
      ${n.cached.map(c => `<tr><td>${esc(c.osm_file)}<div class="muted">${num(Math.round(c.osm_file_bytes / 1024))} KB</div></td>
        <td>${esc(c.osm_data_date ? c.osm_data_date.slice(0, 10) : '—')}</td>
        <td>${c.current ? `<span class="tag">${t('net.inUse')}</span>` : c.available
          ? `<button type="button" class="btn" data-key="${esc(c.cache_key)}" ${running ? 'disabled' : ''}>${t('net.use')}</button>`
          : `<span class="muted" title="${esc(t('net.fileGone'))}">${t('net.fileGoneShort')}</span>`}</td></tr>`).join('')}</tbody></table>`
    : `<p class="muted" id="net-cached-none">${t('net.noneCached')}</p>`;
  const progress = !job ? '' : job.status === 'failed'
    ? `<div class="message error" id="net-error"><strong>${t('net.failed')}</strong> ${esc(describeError({ status: 400, body: job.error }).head)}
        ${(job.error?.problems || []).map(p => `<div>${esc(p.field ? p.field + ': ' : '')}${esc(p.message)}</div>`).join('')}
        <div class="muted">${t('net.unchanged')}</div></div>`
    : job.status === 'running'
      ? `<div id="net-progress"><div>${esc(job.source)}: ${phaseText(job)}</div>
          <div class="bar"><span style="width:${job.percent != null ? job.percent : 5}%"></span></div></div>`
      : `<p id="net-done" class="muted">${t('net.done')} ${esc(job.network || '')}${job.note === 'already in use' ? ' — ' + t('net.alreadyInUse') : ''}</p>`;
  const form = n.loading_offered ? `<h3>${t('net.loadTitle')}</h3>
    <label for="net-source">${t('net.sourceLabel')}</label>
    <input id="net-source" type="text" placeholder="https://download.geofabrik.de/europe/bulgaria-latest.osm.pbf" autocomplete="off" spellcheck="false">
    <label for="net-checksum">${t('net.checksumLabel')}</label>
    <input id="net-checksum" type="text" autocomplete="off" spellcheck="false">
    <div class="row"><button type="button" class="btn primary" id="net-load" ${running ? 'disabled' : ''}>${t('net.load')}</button></div>
    <p class="muted">${t('net.loadHelp')}</p>`
    : `<p class="muted" id="net-not-offered">${t('net.notOffered')}</p>`;
  body.innerHTML = `<h2 class="panel-title">${t('tab.network')}</h2>${current}${progress}<h3>${t('net.cachedTitle')}</h3>${cached}${form}${fitTable(n.estimate_fit)}
    <p class="muted">${t('net.licence')}</p>`;
  body.querySelectorAll('#net-cached button[data-key]').forEach(b => b.addEventListener('click', () => start({ cache_key: b.dataset.key }, ctx)));
  body.querySelector('#net-load')?.addEventListener('click', () => {
    const src = body.querySelector('#net-source').value.trim();
    const sum = body.querySelector('#net-checksum').value.trim();
    const req = /^https?:\/\//i.test(src) ? { url: src } : { path: src };
    if (sum) req[sum.length === 64 ? 'sha256' : 'md5'] = sum;
    start(req, ctx);
  });
  if (running) follow(ctx);
}

async function start(request, ctx) {
  try {
    const job = await withToken(() => api.post('/api/network/load', request), t('scenario.tokenPrompt'));
    set({ network: { ...state.network, job } });
    follow(ctx);
  } catch (e) { ctx.showError(e); }
}

/** Polls the load until it ends; then the page takes the new travel times (banner, coverage, everything). */
function follow(ctx) {
  if (poll) return;
  poll = setInterval(async () => {
    try {
      const job = await api.get('/api/network/load');
      if (job.status === 'running') { set({ network: { ...state.network, job } }); return; }
      clearInterval(poll);
      poll = null;
      const network = await api.get('/api/network');
      set({ network });
      if (job.status === 'done') await ctx.travelTimesChanged();
    } catch (e) {
      clearInterval(poll);
      poll = null;
      ctx.showError(e);
    }
  }, 400);
}

// no tab button (the tab row is full): opened from the travel-time banner's button (main.js)
registerPanel({ id: 'network', titleKey: 'tab.network', render, hidden: true });
