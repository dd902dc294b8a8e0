package org.dostap.web.http.body;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Invocable;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;

/**
 * Reads every request body whole, without a thread, before the request goes on to Javalin (whose reads block a thread):
 * a client that sends part of a body and stalls, or trickles it, holds a connection but never a thread. A body larger
 * than {@code maxBytes} is refused with 413 (from its Content-Length, or as it arrives), one arriving slower than
 * {@code minBytesPerSecond} (counted from its first byte, after a one-second grace) with 408; both in the API's JSON by
 * {@link org.dostap.web.http.error.JsonErrorHandler}. Bytes are copied out of Jetty's network buffers as they arrive, so
 * a client sending its body a byte at a time pins no buffers.
 * <p>Jetty's own {@code RetainedContentLoaderFactory} (EagerContentHandler's default) reads at most one input buffer
 * (about 6.7 KB) and then hands the request to a thread that blocks on the rest: 300 clients that sent 8 KB and stalled
 * held every thread until their connections timed out, and the health check waited as long.
 */
public final class WholeBodies implements EagerContentHandler.ContentLoaderFactory {
    private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(1);
    private final long maxBytes;
    private final long minBytesPerSecond;

    public WholeBodies(long maxBytes, long minBytesPerSecond) {
        this.maxBytes = maxBytes;
        this.minBytesPerSecond = minBytesPerSecond;
    }

    /** The handler to insert in front of the server's. */
    public static EagerContentHandler handler(long maxBytes, long minBytesPerSecond) {
        return new EagerContentHandler(new WholeBodies(maxBytes, minBytesPerSecond));
    }

    @Override
    public String getApplicableMimeType() { return null; }

    @Override
    public EagerContentHandler.ContentLoader newContentLoader(String contentType, String mimeType, Handler handler, Request request,
                                                              Response response, Callback callback) {
        return new Loader(handler, request, response, callback);
    }

    private final class Loader extends EagerContentHandler.ContentLoader implements Invocable.Task {
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private long firstByteNanos = -1;

        Loader(Handler handler, Request request, Response response, Callback callback) {
            super(handler, request, response, callback);
        }

        @Override
        protected void load() {
            if (getRequest().getLength() > maxBytes) {
                Response.writeError(getRequest(), getResponse(), getCallback(), HttpStatus.PAYLOAD_TOO_LARGE_413);
                return;
            }
            read(false);
        }

        /** Called by Jetty when more of the body has arrived. */
        @Override
        public void run() { read(true); }

        @Override
        public InvocationType getInvocationType() { return InvocationType.NON_BLOCKING; }

        private void read(boolean onDemand) {
            while (true) {
                Content.Chunk chunk = getRequest().read();
                if (chunk == null) {
                    getRequest().demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    Response.writeError(getRequest(), getResponse(), getCallback(), chunk.getFailure());
                    return;
                }
                ByteBuffer bytes = chunk.getByteBuffer();
                int n = bytes.remaining();
                boolean last = chunk.isLast();
                if (body.size() + (long) n > maxBytes) {
                    chunk.release();
                    Response.writeError(getRequest(), getResponse(), getCallback(), HttpStatus.PAYLOAD_TOO_LARGE_413);
                    return;
                }
                if (n > 0) {
                    if (firstByteNanos < 0) firstByteNanos = System.nanoTime();
                    byte[] copy = new byte[n];
                    bytes.get(copy);
                    body.write(copy, 0, n);
                }
                chunk.release();
                if (last) {
                    if (onDemand) getRequest().getContext().execute(this::handleWhole); // the next handler may block
                    else handleWhole();
                    return;
                }
                if (tooSlow()) {
                    Response.writeError(getRequest(), getResponse(), getCallback(), HttpStatus.REQUEST_TIMEOUT_408);
                    return;
                }
            }
        }

        private boolean tooSlow() {
            if (minBytesPerSecond <= 0 || firstByteNanos < 0) return false;
            long elapsed = System.nanoTime() - firstByteNanos;
            return elapsed > GRACE_NANOS && body.size() < minBytesPerSecond * TimeUnit.NANOSECONDS.toMillis(elapsed) / 1000;
        }

        private void handleWhole() {
            handle(new WholeBodyRequest(getRequest(), body.toByteArray()), getResponse(), getCallback());
        }
    }

    /** The request with its body already read: one chunk, then the end. */
    private static final class WholeBodyRequest extends Request.Wrapper {
        private Content.Chunk whole;

        WholeBodyRequest(Request wrapped, byte[] body) {
            super(wrapped);
            this.whole = Content.Chunk.from(ByteBuffer.wrap(body), true);
        }

        @Override
        public Content.Chunk read() {
            Content.Chunk c = whole;
            if (c == null) return Content.Chunk.EOF;
            whole = null;
            return c;
        }

        @Override
        public void demand(Runnable demandCallback) {
            demandCallback.run(); // the body is all here: a read now returns it, or the end
        }
    }
}
