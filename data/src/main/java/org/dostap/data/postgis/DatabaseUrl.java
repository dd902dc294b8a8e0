package org.dostap.data.postgis;

import org.dostap.engine.common.PlanningException;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Where the database is. Two spellings are accepted:
 * <ul>
 *   <li>{@code postgresql://user:password@host:port/db} (also {@code postgres://}), as libpq and Docker use;
 *       user and password are URL-decoded (write {@code %40} for {@code @});</li>
 *   <li>{@code jdbc:postgresql://host:port/db?user=...&password=...}, passed to the driver as is.</li>
 * </ul>
 * {@code user} and {@code password} are empty when the URL leaves them to the driver.
 */
public record DatabaseUrl(String jdbcUrl, String user, String password) {
    public DatabaseUrl {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /** @throws PlanningException INVALID_INPUT when the URL has neither form */
    public static DatabaseUrl parse(String url) {
        if (url == null || url.isBlank())
            throw PlanningException.invalid("The database URL is empty. Use postgresql://user:password@host:5432/db"
                    + " or jdbc:postgresql://host:5432/db?user=...&password=...");
        String u = url.trim();
        if (u.startsWith("jdbc:postgresql:")) return new DatabaseUrl(u, "", "");
        if (u.startsWith("postgresql://") || u.startsWith("postgres://")) return fromLibpq(u);
        throw PlanningException.invalid("Database URL '" + redact(u) + "' is not understood. Use"
                + " postgresql://user:password@host:5432/db or jdbc:postgresql://host:5432/db?user=...&password=...");
    }

    private static DatabaseUrl fromLibpq(String u) {
        URI uri;
        try {
            uri = new URI(u);
        } catch (URISyntaxException e) {
            throw PlanningException.invalid("Database URL '" + redact(u) + "' is malformed: " + e.getReason()
                    + ". Percent-encode special characters in the password (e.g. %40 for @).");
        }
        String host = uri.getHost();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (host == null || path.length() <= 1)
            throw PlanningException.invalid("Database URL '" + redact(u) + "' needs a host and a database name,"
                    + " e.g. postgresql://user:password@localhost:5432/dostap");
        String user = "", password = "";
        if (uri.getRawUserInfo() != null) {
            String info = uri.getRawUserInfo();
            int colon = info.indexOf(':');
            user = decode(colon < 0 ? info : info.substring(0, colon));
            password = colon < 0 ? "" : decode(info.substring(colon + 1));
        }
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new DatabaseUrl("jdbc:postgresql://" + host + ":" + port + path + query, user, password);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** Host, port and database for messages; never the password. */
    public String describe() {
        String s = jdbcUrl.startsWith("jdbc:") ? jdbcUrl.substring("jdbc:".length()) : jdbcUrl;
        int q = s.indexOf('?');
        return q < 0 ? s : s.substring(0, q);
    }

    /** The URL with any password replaced by {@code ***}, for messages. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***").replaceAll("(//[^:/@]*:)[^@/]*@", "$1***@");
    }

    @Override
    public String toString() {
        return "DatabaseUrl[" + describe() + (user.isEmpty() ? "" : ", user=" + user) + "]";
    }
}
