/** Readers for published benchmark instances (Solomon VRPTW), reporting every defect with its line and column. */
package org.dostap.data.instance;
