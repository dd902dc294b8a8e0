/** Downloads of road-network extracts over HTTP(S): resume, size and checksum checks. */
package org.dostap.data.download;
