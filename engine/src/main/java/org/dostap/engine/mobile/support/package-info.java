/** OR-Tools loading and search parameters shared by the mobile planners. */
package org.dostap.engine.mobile.support;
