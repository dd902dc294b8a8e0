/** Coverage for a service type, threshold and population column, with scenario edits; comparisons; catchments; settlement detail. */
package org.dostap.web.http.coverage;
