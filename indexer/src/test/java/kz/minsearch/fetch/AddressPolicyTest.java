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
}
