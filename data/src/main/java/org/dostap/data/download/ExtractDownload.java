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
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(20)).build();

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
            HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofMinutes(30)).GET();
            if (have > 0) request.header("Range", "bytes=" + have + "-");
            HttpResponse<InputStream> response = send(url, request.build());
            int status = response.statusCode();
            boolean resumed = status == 206;
            if (status == 416 && have > 0) { // the partial file is already complete
                resumed = true;
            } else if (status != 200 && status != 206) {
                response.body().close();
                throw unavailable(url, "the server answered HTTP " + status + "; nothing was imported");
            } else {
                long total = total(response, resumed ? have : 0);
                try (InputStream in = response.body();
                     OutputStream out = Files.newOutputStream(part, resumed ? new StandardOpenOption[]{StandardOpenOption.CREATE, StandardOpenOption.APPEND}
                             : new StandardOpenOption[]{StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE})) {
                    byte[] buffer = new byte[1 << 16];
                    long done = resumed ? have : 0;
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        out.write(buffer, 0, n);
                        done += n;
                        progress.progress(done, total > 0 ? total : done);
                    }
                } catch (IOException e) {
                    throw unavailable(url, "the download broke off (" + e.getMessage() + "); run the same command again to resume it");
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

    /** The hash in {@code <url>.md5} ("hash  name"), when the server has one. */
    private Optional<String> providerMd5(URI url) {
        try {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url + ".md5")).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() != 200) return Optional.empty();
            String first = r.body().strip().split("\\s+")[0];
            return first.length() == 32 && HEX.matcher(first).matches() ? Optional.of(first) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private HttpResponse<InputStream> send(URI url, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
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
