package org.dostap.web.http.network;

/**
 * {@code POST /api/network/load}: exactly one of {@code cache_key} (a network of the graph cache), {@code path} (an
 * OpenStreetMap file on the server's computer) or {@code url} (an http(s) address to download; {@code md5} or
 * {@code sha256} to check it, else the provider's {@code .md5} beside it).
 */
public record NetworkRequestJson(String cacheKey, String path, String url, String md5, String sha256) {
    static final NetworkRequestJson EMPTY = new NetworkRequestJson(null, null, null, null, null);
}
