/** HTTP: monitoring indicators (baseline, review, target) as JSON and as a workbook; targets kept with scenarios. */
package org.dostap.web.http.indicators;
