package kz.minsearch.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The process's name lookups (the JDK's resolver provider, JEP 418; registered in {@code META-INF/services}): the JDK's
 * own resolver, except for a name the {@link AddressPolicy} has just approved, whose connections are given the very
 * addresses that were checked. Without it the HTTP client looks the name up a second time, and a name that answers a
 * public address to the check and 127.0.0.1 to the client (DNS rebinding) reaches the machine's own services.
 */
public final class CheckedAddresses extends InetAddressResolverProvider {
    /** How long a check's answer stands for the connections after it (a fetch, its redirects, a webhook's retries). */
    private static final long HELD_NANOS = 60_000_000_000L;
    private static final int CLEAN_AT = 10_000;
    private static final Map<String, Held> HELD = new ConcurrentHashMap<>();
    /** Where names not held are looked up: the JDK's resolver (a test puts one of its own in front). */
    private static volatile AddressPolicy.Resolver fallback;

    private record Held(InetAddress[] addresses, long until) {
    }

    /** The addresses a check approved for {@code host}: the connections to it in the next minute go to them. */
    static void hold(String host, InetAddress[] addresses) {
        long now = System.nanoTime();
        if (HELD.size() >= CLEAN_AT) {
            HELD.values().removeIf(h -> h.until() - now < 0);
        }
        HELD.put(key(host), new Held(addresses.clone(), now + HELD_NANOS));
    }

    static InetAddress[] held(String host) {
        Held held = HELD.get(key(host));
        return held == null || held.until() - System.nanoTime() < 0 ? null : held.addresses();
    }

    /** For tests: look names that are not held up with this resolver instead of the JDK's (null: the JDK's again). */
    static void lookUpOthersWith(AddressPolicy.Resolver resolver) {
        fallback = resolver;
    }

    private static String key(String host) {
        return host.toLowerCase(Locale.ROOT);
    }

    @Override
    public InetAddressResolver get(Configuration configuration) {
        InetAddressResolver builtin = configuration.builtinResolver();
        return new InetAddressResolver() {
            @Override
            public Stream<InetAddress> lookupByName(String host, LookupPolicy policy) throws UnknownHostException {
                InetAddress[] held = held(host);
                if (held == null) {
                    AddressPolicy.Resolver other = fallback;
                    if (other == null) {
                        return builtin.lookupByName(host, policy);
                    }
                    held = other.resolve(host);
                }
                int characteristics = policy.characteristics();
                boolean v4 = (characteristics & LookupPolicy.IPV4) != 0;
                boolean v6 = (characteristics & LookupPolicy.IPV6) != 0;
                InetAddress[] allowed = Arrays.stream(held).filter(a -> a instanceof java.net.Inet4Address ? v4 : v6).toArray(InetAddress[]::new);
                if (allowed.length == 0) {
                    throw new UnknownHostException(host + ": no address of the family asked for");
                }
                return Arrays.stream(allowed);
            }

            @Override
            public String lookupByAddress(byte[] address) throws UnknownHostException {
                return builtin.lookupByAddress(address);
            }
        };
    }

    @Override
    public String name() {
        return "minsearch-checked-addresses";
    }
}
