/**
 * The Dostap application. Layers, imports pointing one way only: {@link org.dostap.web.Main} -> {@code cli} ->
 * {@code app} -> {@code http} -> {@code analysis} -> data, engine. See docs/ARCHITECTURE.md.
 */
package org.dostap.web;
