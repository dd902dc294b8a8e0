/** Mobile team planning: {@link org.dostap.web.analysis.mobile.MobilePlanning}, behind the CLI and the API alike. */
package org.dostap.web.analysis.mobile;
