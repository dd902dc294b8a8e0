package org.dostap.web.http.work;

import io.javalin.http.Context;

import java.util.concurrent.CompletableFuture;

/** Answers a request from heavy work without holding a Jetty thread while it runs. */
public final class Async {
    private Async() {}

    /** Sends the bytes {@code work} produces with {@code contentType}; its failure goes to the error mapping. */
    public static void bytes(Context ctx, String contentType, CompletableFuture<byte[]> work) {
        ctx.future(() -> work.thenAccept(b -> Etags.send(ctx, contentType, b)));
    }

    /** Sends the ready answer {@code work} produces (bytes and entity tag computed once, e.g. cached). */
    public static void answer(Context ctx, String contentType, CompletableFuture<Answer> work) {
        ctx.future(() -> work.thenAccept(a -> a.send(ctx, contentType)));
    }
}
