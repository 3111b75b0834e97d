package kz.minsearch.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Which hosts the crawler may connect to. An address written as such (127.0.0.1, [::1]) or {@code localhost} is
 * what someone typed, and is reached as given — that is how the fixture webs are crawled. A name is looked up first,
 * and refused when any of its addresses is loopback, private, link-local (cloud metadata lives there), carrier-grade
 * NAT, multicast or unspecified: a public name must never lead the crawler into the machine's own network.
 */
public final class AddressPolicy {
    /** Looks a name up (the system resolver; a test passes its own). */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    public static final AddressPolicy SYSTEM = new AddressPolicy(InetAddress::getAllByName);

    private final Resolver resolver;

    public AddressPolicy(Resolver resolver) {
        this.resolver = resolver;
    }

    /** Why the crawler must not connect to {@code host}, or empty when it may. */
    public Optional<String> refusal(String host) {
        if (host == null || isLiteral(host) || host.equalsIgnoreCase("localhost")) {
            return Optional.empty();
        }
        try {
            for (InetAddress address : resolver.resolve(host)) {
                if (!isPublic(address)) {
                    return Optional.of(host + " resolves to " + address.getHostAddress() + ", which is not a public address");
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.empty(); // the fetch itself reports a name that does not resolve
        }
    }

    private static boolean isLiteral(String host) {
        return host.startsWith("[") || host.indexOf(':') >= 0 || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }

    static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            // 100.64.0.0/10 carrier-grade NAT (Alibaba's metadata at 100.100.100.200), 0.0.0.0/8
            return !(first == 100 && second >= 64 && second < 128) && first != 0;
        }
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) != 0xfc; // fc00::/7 unique local (AWS's metadata at fd00:ec2::254)
        }
        return true;
    }
}
