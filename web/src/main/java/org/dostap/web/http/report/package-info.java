/** HTTP: the situation-analysis report of the current view as DOCX or PDF. */
package org.dostap.web.http.report;
