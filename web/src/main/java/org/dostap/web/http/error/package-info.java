/** Error mapping (PlanningException codes to HTTP status, in one place) and the write-access rule. */
package org.dostap.web.http.error;
