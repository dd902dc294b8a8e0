/** Heavy work (coverage, catchments, optimization, mobile plans, exports): one bounded executor, admission by cost. */
package org.dostap.web.http.work;
