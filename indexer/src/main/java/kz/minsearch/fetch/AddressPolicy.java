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
 * NAT, multicast or unspecified: a public name must never lead the crawler into the machine's own network. The
 * addresses it approved are the ones the connection then uses ({@link CheckedAddresses}): a name is looked up once.
 */
public final class AddressPolicy {
    /** Looks a name up (the system resolver; a test passes its own). */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** The crawler's: what the operator typed is reached as given. */
    public static final AddressPolicy SYSTEM = new AddressPolicy(InetAddress::getAllByName);
    /** For addresses anyone may give (a webhook's): a typed address is checked like any, a name must resolve. */
    public static final AddressPolicy UNTRUSTED = new AddressPolicy(InetAddress::getAllByName, false);

    private final Resolver resolver;
    private final boolean typedTrusted;

    public AddressPolicy(Resolver resolver) {
        this(resolver, true);
    }

    /** @param typedTrusted an address written as such, or {@code localhost}, is reached as given */
    public AddressPolicy(Resolver resolver, boolean typedTrusted) {
        this.resolver = resolver;
        this.typedTrusted = typedTrusted;
    }

    /** Why minsearch must not connect to {@code host}, or empty when it may (and then to the addresses just checked). */
    public Optional<String> refusal(String host) {
        if (host == null) {
            return typedTrusted ? Optional.empty() : Optional.of("no host");
        }
        if (typedTrusted && (isLiteral(host) || host.equalsIgnoreCase("localhost"))) {
            return Optional.empty();
        }
        try {
            InetAddress[] addresses = resolver.resolve(host);
            for (InetAddress address : addresses) {
                if (!isPublic(address)) {
                    return Optional.of(host + " resolves to " + address.getHostAddress() + ", which is not a public address");
                }
            }
            CheckedAddresses.hold(host, addresses);
            return Optional.empty();
        } catch (UnknownHostException e) {
            // the crawler's fetch itself reports a name that does not resolve
            return typedTrusted ? Optional.empty() : Optional.of(host + " does not resolve");
        }
    }

    private static boolean isLiteral(String host) {
        return host.startsWith("[") || host.indexOf(':') >= 0 || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }

    /** Whether an address is on the public internet: not loopback, private, link-local, CGNAT, multicast or unspecified. */
    public static boolean isPublic(InetAddress a) {
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
