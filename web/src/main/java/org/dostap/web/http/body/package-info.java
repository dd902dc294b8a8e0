/** Request bodies read before a request takes a thread: whole, bounded in size, refused when they arrive too slowly. */
package org.dostap.web.http.body;
