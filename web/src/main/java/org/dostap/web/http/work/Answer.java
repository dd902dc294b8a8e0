package org.dostap.web.http.work;

import io.javalin.http.Context;

/** An answer ready to send as it is: its bytes and their entity tag, both computed once (e.g. when it was cached). */
public record Answer(byte[] bytes, String etag) {
    public static Answer of(byte[] bytes) { return new Answer(bytes, Etags.of(bytes)); }

    /** Sends it: no serialising, no hashing on the request's thread. */
    public void send(Context ctx, String contentType) { Etags.send(ctx, contentType, bytes, etag); }
}
