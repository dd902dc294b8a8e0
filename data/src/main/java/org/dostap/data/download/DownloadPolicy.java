package org.dostap.data.download;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;

/**
 * What a download may reach and how much it may take. The server's road-network panel downloads only from public
 * addresses ({@link #publicOnly()}): the host of the address and of every redirect is resolved first, and a loopback,
 * private, link-local (cloud metadata, 169.254.169.254), carrier-grade NAT, unique-local, multicast or reserved address
 * is refused, so that whoever may load a network cannot make the server fetch from inside its own network. The operator
 * may allow a local mirror ({@code serve --allow-local-downloads}); the command line's {@code network import} is the
 * operator's own and may download from anywhere. Every download is bounded in size ({@code maxBytes}) and in how long
 * the server may send nothing ({@code stallLimit}).
 */
public record DownloadPolicy(boolean localAddressesAllowed, long maxBytes, Duration stallLimit) {
    /** 4 GiB: the Bulgaria extract is about 100 MB, all of Europe about 30 GB. */
    public static final long DEFAULT_MAX_BYTES = 4L << 30;
    public static final Duration DEFAULT_STALL_LIMIT = Duration.ofMinutes(2);
    /** Redirects followed at the most (each one checked as the first address). */
    public static final int MAX_REDIRECTS = 5;

    /** Public addresses only: the server's downloads. */
    public static DownloadPolicy publicOnly() { return new DownloadPolicy(false, DEFAULT_MAX_BYTES, DEFAULT_STALL_LIMIT); }

    /** Any address, local mirrors included: the operator's command line, or a server started to allow them. */
    public static DownloadPolicy anyAddress() { return new DownloadPolicy(true, DEFAULT_MAX_BYTES, DEFAULT_STALL_LIMIT); }

    /** Empty when {@code url}'s host may be downloaded from; else why not, in a user's words. */
    public Optional<String> refusal(URI url) {
        if (localAddressesAllowed) return Optional.empty();
        String host = url.getHost();
        if (host == null || host.isBlank()) return Optional.of("the address has no host");
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            return Optional.of("the host '" + host + "' cannot be found (DNS)");
        }
        for (InetAddress a : addresses) {
            String kind = nonPublicKind(a);
            if (kind != null)
                return Optional.of("'" + host + "' is " + (host.equals(a.getHostAddress()) ? "" : "at " + a.getHostAddress() + ", ") + "a " + kind
                        + " address: only public addresses are downloaded from (the operator can allow a local mirror with"
                        + " serve --allow-local-downloads)");
        }
        return Optional.empty();
    }

    /** Null for a public address; else what kind of non-public address {@code a} is. */
    static String nonPublicKind(InetAddress a) {
        if (a.isLoopbackAddress()) return "loopback";
        if (a.isAnyLocalAddress()) return "wildcard";
        if (a.isLinkLocalAddress()) return "link-local (cloud metadata)";
        if (a.isSiteLocalAddress()) return "private";
        if (a.isMulticastAddress()) return "multicast";
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff, second = b[1] & 0xff;
            if (first == 0) return "reserved";
            if (first == 100 && second >= 64 && second < 128) return "carrier-grade NAT (shared)";
            if (first == 192 && second == 0 && (b[2] & 0xff) == 0) return "reserved";
            if (first == 198 && (second == 18 || second == 19)) return "benchmarking";
            if (first >= 240) return "reserved";
            return null;
        }
        if (a instanceof Inet6Address v6) {
            if ((b[0] & 0xfe) == 0xfc) return "unique-local (private)";
            boolean embedsV4 = v6.isIPv4CompatibleAddress() // ::a.b.c.d, and NAT64's 64:ff9b::a.b.c.d
                    || (b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && allZero(b, 4, 12));
            if (embedsV4) {
                try {
                    return nonPublicKind(InetAddress.getByAddress(new byte[]{b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return "reserved";
                }
            }
        }
        return null;
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) if (b[i] != 0) return false;
        return true;
    }
}
