/** Health, the map's configuration and the OpenAPI description. */
package org.dostap.web.http.meta;
