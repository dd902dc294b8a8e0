package org.dostap.web.http.work;

import io.javalin.http.Context;

import java.util.concurrent.CompletableFuture;

/** Answers a request from heavy work without holding a Jetty thread while it runs. */
public final class Async {
    private Async() {}

    /** Sends the bytes {@code work} produces with {@code contentType}; its failure goes to the error mapping. */
    public static void bytes(Context ctx, String contentType, CompletableFuture<byte[]> work) {
        ctx.future(() -> work.thenAccept(b -> ctx.contentType(contentType).result(b)));
    }
}
