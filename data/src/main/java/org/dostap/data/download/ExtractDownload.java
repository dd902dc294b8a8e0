package org.dostap.data.download;

import org.dostap.engine.common.ErrorCode;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.Problem;
import org.dostap.engine.common.ProgressListener;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Downloads an OpenStreetMap extract to {@code dir/<name>} through {@code <name>.part}: a partial file left by an
 * interrupted download is resumed with an HTTP Range request; the size is checked against the server's length and the
 * content against the given MD5 or SHA-256, or the provider's {@code <url>.md5} beside the file (as Geofabrik
 * publishes). Only a complete, verified file gets its final name; a checksum mismatch deletes the partial file.
 * Every failure is a {@link PlanningException} naming the URL.
 */
public final class ExtractDownload {
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");
    private static final java.util.concurrent.ScheduledExecutorService WATCHDOG = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "download-watchdog");
        t.setDaemon(true);
        return t;
    });
    // redirects are followed here, one hop at a time, each hop's address checked by the policy
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(20)).build();
    private final DownloadPolicy policy;

    /** Any address (the operator's command line), bounded in size and stalls. */
    public ExtractDownload() { this(DownloadPolicy.anyAddress()); }

    public ExtractDownload(DownloadPolicy policy) { this.policy = policy; }

    /** What was downloaded and how it was checked. */
    public record Result(Path file, long bytes, boolean resumed, String checkedWith) {}

    /**
     * @param md5    expected MD5 (hex), or empty
     * @param sha256 expected SHA-256 (hex), or empty; with neither, the provider's {@code .md5} is used when it exists
     */
    public Result fetch(URI url, Path dir, Optional<String> md5, Optional<String> sha256, ProgressListener progress) {
        String name = fileName(url);
        for (var h : List.of(md5, sha256))
            if (h.isPresent() && !HEX.matcher(h.get()).matches())
                throw invalid(url, "checksum must be hexadecimal, got '" + h.get() + "'");
        if (md5.isPresent() && md5.get().length() != 32) throw invalid(url, "an MD5 has 32 hex digits, got " + md5.get().length());
        if (sha256.isPresent() && sha256.get().length() != 64) throw invalid(url, "a SHA-256 has 64 hex digits, got " + sha256.get().length());
        Path target = dir.resolve(name);
        Path part = dir.resolve(name + ".part");
        try {
            Files.createDirectories(dir);
            long have = Files.isRegularFile(part) ? Files.size(part) : 0;
            HttpResponse<InputStream> response = send(url, have > 0 ? Optional.of("bytes=" + have + "-") : Optional.empty());
            int status = response.statusCode();
            boolean resumed = status == 206;
            if (status == 416 && have > 0) { // the partial file is already complete
                resumed = true;
            } else if (status != 200 && status != 206) {
                response.body().close();
                throw unavailable(url, "the server answered HTTP " + status + "; nothing was imported");
            } else {
                long total = total(response, resumed ? have : 0);
                if (total > policy.maxBytes()) {
                    response.body().close();
                    throw invalid(url, tooLarge(total));
                }
                Thread worker = Thread.currentThread();
                java.util.concurrent.atomic.AtomicLong lastBytes = new java.util.concurrent.atomic.AtomicLong(System.nanoTime());
                java.util.concurrent.atomic.AtomicBoolean stalled = new java.util.concurrent.atomic.AtomicBoolean();
                long stallNanos = policy.stallLimit().toNanos();
                java.util.concurrent.ScheduledFuture<?> watch = WATCHDOG.scheduleWithFixedDelay(() -> {
                    if (System.nanoTime() - lastBytes.get() > stallNanos && stalled.compareAndSet(false, true)) worker.interrupt();
                }, Math.max(1, stallNanos / 4), Math.max(1, stallNanos / 4), java.util.concurrent.TimeUnit.NANOSECONDS);
                try (InputStream in = response.body();
                     OutputStream out = Files.newOutputStream(part, resumed ? new StandardOpenOption[]{StandardOpenOption.CREATE, StandardOpenOption.APPEND}
                             : new StandardOpenOption[]{StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE})) {
                    byte[] buffer = new byte[1 << 16];
                    long done = resumed ? have : 0;
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        lastBytes.set(System.nanoTime());
                        if (done + n > policy.maxBytes()) {
                            out.close();
                            Files.deleteIfExists(part);
                            throw invalid(url, tooLarge(done + n));
                        }
                        out.write(buffer, 0, n);
                        done += n;
                        progress.progress(done, total > 0 ? total : done);
                    }
                } catch (IOException e) {
                    if (stalled.get()) {
                        Thread.interrupted(); // the watchdog's, not the caller's
                        throw unavailable(url, "the server sent nothing for " + policy.stallLimit().toSeconds()
                                + " s; run the same command again to resume it");
                    }
                    throw unavailable(url, "the download broke off (" + e.getMessage() + "); run the same command again to resume it");
                } finally {
                    watch.cancel(false);
                }
                if (total > 0 && Files.size(part) != total)
                    throw unavailable(url, String.format(Locale.ROOT, "the download is incomplete: %,d of %,d bytes; run the same command again to resume it",
                            Files.size(part), total));
            }
            String checked = verify(url, part, md5, sha256);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            return new Result(target, Files.size(target), resumed, checked);
        } catch (IOException e) {
            throw unavailable(url, "cannot write " + dir + ": " + e.getMessage());
        }
    }

    /** The last path segment, which must name an OpenStreetMap extract. */
    static String fileName(URI url) {
        String path = url.getPath() == null ? "" : url.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (!(url.getScheme() != null && (url.getScheme().equals("http") || url.getScheme().equals("https"))))
            throw invalid(url, "only http:// and https:// addresses can be downloaded");
        String lower = name.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".osm.pbf") || lower.endsWith(".pbf") || lower.endsWith(".osm") || lower.endsWith(".osm.gz")))
            throw invalid(url, "the address must end with the extract's file name (.osm.pbf, .pbf, .osm or .osm.gz), got '" + name + "'");
        return name;
    }

    private String verify(URI url, Path file, Optional<String> md5, Optional<String> sha256) throws IOException {
        String algorithm, expected, source;
        if (sha256.isPresent()) { algorithm = "SHA-256"; expected = sha256.get(); source = "--sha256"; }
        else if (md5.isPresent()) { algorithm = "MD5"; expected = md5.get(); source = "--md5"; }
        else {
            Optional<String> provider = providerMd5(url);
            if (provider.isEmpty()) return "size only (no checksum given and no " + url.getPath().substring(url.getPath().lastIndexOf('/') + 1) + ".md5 beside it)";
            algorithm = "MD5"; expected = provider.get(); source = "the provider's .md5";
        }
        String actual = digest(file, algorithm);
        if (!actual.equalsIgnoreCase(expected)) {
            Files.deleteIfExists(file);
            throw invalid(url, algorithm + " checksum mismatch (" + source + "): expected " + expected.toLowerCase(Locale.ROOT)
                    + ", got " + actual + "; the download was deleted and nothing was imported");
        }
        return algorithm + " " + actual + " (" + source + ")";
    }

    private String tooLarge(long bytes) {
        return String.format(Locale.ROOT, "the file is larger (%,d bytes or more) than the %,d bytes a download may take; nothing was imported",
                bytes, policy.maxBytes());
    }

    /** The hash in {@code <url>.md5} ("hash  name"), when the server has one. */
    private Optional<String> providerMd5(URI url) {
        try {
            HttpResponse<InputStream> r = get(URI.create(url + ".md5"), Optional.empty(), Duration.ofSeconds(30));
            if (r.statusCode() != 200) {
                r.body().close();
                return Optional.empty();
            }
            String text;
            try (InputStream in = r.body()) {
                text = new String(in.readNBytes(4096), StandardCharsets.UTF_8); // "hash  name": a few dozen bytes
            }
            String first = text.strip().split("\\s+")[0];
            return first.length() == 32 && HEX.matcher(first).matches() ? Optional.of(first) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * GET {@code url}, following at most {@link DownloadPolicy#MAX_REDIRECTS} redirects by hand: the policy checks the
     * address of every hop before it is contacted.
     */
    private HttpResponse<InputStream> get(URI url, Optional<String> range, Duration timeout) throws IOException, InterruptedException {
        URI hop = url;
        for (int redirects = 0; ; redirects++) {
            String scheme = hop.getScheme() == null ? "" : hop.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https"))
                throw invalid(url, "redirected to " + hop + ", which is not an http:// or https:// address");
            Optional<String> refused = policy.refusal(hop);
            if (refused.isPresent()) throw invalid(url, (hop.equals(url) ? "" : "redirected to " + hop + ": ") + refused.get());
            HttpRequest.Builder request = HttpRequest.newBuilder(hop).timeout(timeout).GET();
            range.ifPresent(r -> request.header("Range", r));
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            int status = response.statusCode();
            Optional<String> location = response.headers().firstValue("Location");
            if (!(status == 301 || status == 302 || status == 303 || status == 307 || status == 308) || location.isEmpty()) return response;
            response.body().close();
            if (redirects == DownloadPolicy.MAX_REDIRECTS)
                throw unavailable(url, "more than " + DownloadPolicy.MAX_REDIRECTS + " redirects; nothing was imported");
            try {
                hop = hop.resolve(new URI(location.get().trim()));
            } catch (java.net.URISyntaxException e) {
                throw unavailable(url, "redirected to an address that is not valid: " + location.get());
            }
        }
    }

    private HttpResponse<InputStream> send(URI url, Optional<String> range) {
        try {
            return get(url, range, Duration.ofMinutes(2));
        } catch (IOException e) {
            throw unavailable(url, "cannot connect (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + "); nothing was imported");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(url, "the download was interrupted");
        }
    }

    /** Full length from Content-Range (206) or Content-Length (200); -1 when the server does not say. */
    private static long total(HttpResponse<?> r, long offset) {
        Optional<String> range = r.headers().firstValue("Content-Range");
        if (range.isPresent() && range.get().contains("/") && !range.get().endsWith("*"))
            return Long.parseLong(range.get().substring(range.get().lastIndexOf('/') + 1).strip());
        long length = r.headers().firstValueAsLong("Content-Length").orElse(-1);
        return length < 0 ? -1 : offset + length;
    }

    static String digest(Path file, String algorithm) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance(algorithm);
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) md.update(buffer, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PlanningException invalid(URI url, String message) {
        return PlanningException.invalid(List.of(Problem.inFile(url.toString(), message)));
    }

    private static PlanningException unavailable(URI url, String message) {
        return new PlanningException(ErrorCode.UNAVAILABLE, List.of(Problem.inFile(url.toString(), message)));
    }
}
