/** Error mapping: PlanningException codes to HTTP status and the one error body, in one place. */
package org.dostap.web.http.error;
