package kz.minsearch.fetch;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The crawler never reaches the machine's own network through a name, while addresses typed as such stay reachable. */
class AddressPolicyTest {
    @Test
    void loopbackPrivateLinkLocalAndMetadataAddressesAreNotPublic() throws Exception {
        for (String a : List.of("127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254", "100.100.100.200",
                "0.0.0.0", "::1", "fe80::1", "fd00:ec2::254", "224.0.0.1")) {
            assertFalse(AddressPolicy.isPublic(InetAddress.getByName(a)), a);
        }
        for (String a : List.of("8.8.8.8", "195.210.46.1", "2a00:1450:4001::1")) {
            assertTrue(AddressPolicy.isPublic(InetAddress.getByName(a)), a);
        }
    }

    @Test
    void aNameThatResolvesIntoTheMachinesNetworkIsRefusedAndATypedAddressIsNot() {
        AddressPolicy policy = new AddressPolicy(host -> new InetAddress[]{
                InetAddress.getByAddress(host, host.startsWith("rebound") ? new byte[]{(byte) 169, (byte) 254, (byte) 169, (byte) 254}
                        : new byte[]{(byte) 195, (byte) 210, 46, 1})});
        assertTrue(policy.refusal("rebound.example.kz").orElseThrow().contains("169.254.169.254"));
        assertTrue(policy.refusal("news.example.kz").isEmpty());
        assertTrue(policy.refusal("127.0.0.1").isEmpty(), "typed as an address: reached as given");
        assertTrue(policy.refusal("localhost").isEmpty());
    }

    @Test
    void theFetcherRefusesSuchANameBeforeConnectingAndSaysWhy() {
        AddressPolicy loopbackName = new AddressPolicy(host -> new InetAddress[]{InetAddress.getByAddress(host, new byte[]{127, 0, 0, 1})});
        Fetcher fetcher = new Fetcher(FetchOptions.defaults().withAddresses(loopbackName));
        FetchResult r = fetcher.fetch("http://intranet.example.kz:1/admin", null, null);
        FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class, r);
        assertEquals(FetchResult.Failure.PRIVATE_ADDRESS, failed.kind());
        assertTrue(failed.detail().contains("127.0.0.1"), failed.detail());
    }

    /**
     * A name whose DNS answers the check with a public address and then 127.0.0.1 (DNS rebinding): the lookup the HTTP
     * client makes (the JDK's, through {@link CheckedAddresses}) gets the address that was checked, not the second answer.
     * Nothing connects: the JDK's lookup is what java.net.http connects to.
     */
    @Test
    void aCheckedNameIsLookedUpOnceTheConnectionGetsTheAddressTheCheckSaw() throws Exception {
        InetAddress checked = InetAddress.getByAddress(new byte[]{(byte) 195, (byte) 210, 46, 1});
        java.util.Map<String, Integer> lookups = new java.util.concurrent.ConcurrentHashMap<>();
        AddressPolicy.Resolver rebinding = host -> new InetAddress[]{lookups.merge(host, 1, Integer::sum) == 1
                ? InetAddress.getByAddress(host, checked.getAddress()) : InetAddress.getByAddress(host, new byte[]{127, 0, 0, 1})};
        CheckedAddresses.lookUpOthersWith(rebinding);
        try {
            String name = "rebinding-" + System.nanoTime() + ".example.kz";
            assertTrue(new AddressPolicy(rebinding).refusal(name).isEmpty(), "the check saw a public address");
            assertEquals(checked.getHostAddress(), InetAddress.getByName(name).getHostAddress(), "the connection's lookup");
            assertEquals(1, lookups.get(name), "the name was looked up once");

            String unchecked = "unchecked-" + System.nanoTime() + ".example.kz";
            rebinding.resolve(unchecked); // its first, public answer spent on a check whose answer was not kept
            assertEquals("127.0.0.1", InetAddress.getByName(unchecked).getHostAddress(),
                    "without the check's answer kept, the second lookup would have led to the machine itself");
        } finally {
            CheckedAddresses.lookUpOthersWith(null);
        }
    }

    @Test
    void anAddressAnyoneMayGiveIsCheckedEvenWhenTyped() {
        AddressPolicy untrusted = new AddressPolicy(InetAddress::getAllByName, false);
        assertTrue(untrusted.refusal("127.0.0.1").orElseThrow().contains("127.0.0.1"));
        assertTrue(untrusted.refusal("[::1]").isPresent());
        assertTrue(untrusted.refusal("localhost").isPresent());
        assertTrue(untrusted.refusal("169.254.169.254").isPresent());
        assertTrue(untrusted.refusal("195.210.46.1").isEmpty(), "a public address typed is fine");
    }
}
