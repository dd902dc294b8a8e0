/** Saved scenarios with optimistic locking (409 on a stale version); writes guarded by the write token rule. */
package org.dostap.web.http.scenario;
