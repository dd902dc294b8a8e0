// The one state of the page. Panels and map layers subscribe; set() notifies them with the changed keys.
const listeners = [];

export const state = {
  config: null,        // /api/config
  network: null,       // /api/network: the travel times in use, the cached road networks, the last load
  region: null,        // /api/regions/{code}
  settlements: null,   // GeoJSON of the region's settlements
  boundaries: null,    // GeoJSON of the province and municipality boundaries
  baselineFacilities: [], // the region's facilities before any edit
  service: null,       // service type id
  threshold_min: 30,
  mode: 'car',         // how people travel: car | foot
  population: null,    // population column
  municipality: null,  // the municipality the tables and the map are filtered to (code), or null for all
  edits: [],           // scenario edits (API JSON form)
  scenario: null,      // {id, name, version} of the loaded saved scenario
  coverage: null,      // /coverage answer for the current view
  comparison: null,    // /comparison answer when there are edits
  catchments: null,    // GeoJSON
  showCatchments: true,
  addMode: false,
};

export function set(patch) {
  Object.assign(state, patch);
  const keys = Object.keys(patch);
  for (const fn of listeners) fn(keys);
}

export function subscribe(fn) { listeners.push(fn); }

/** The request body of the current view (coverage, comparison, exports). */
export function viewRequest() {
  return { service: state.service, threshold_min: state.threshold_min, population: state.population, edits: state.edits, mode: state.mode };
}

let nextId = 1;
export function newFacilityId() {
  const used = new Set(state.edits.map(e => e.facility_id));
  while (used.has('new-' + nextId)) nextId++;
  return 'new-' + nextId++;
}

/** A service type's access standard in minutes for how people travel now (walking has its own standard). */
export function standardOf(service) {
  if (!service) return undefined;
  return state.mode === 'foot' && service.standard_min_foot ? service.standard_min_foot : service.standard_min;
}
