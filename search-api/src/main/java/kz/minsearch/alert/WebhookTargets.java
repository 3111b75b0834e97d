package kz.minsearch.alert;

import kz.minsearch.fetch.AddressPolicy;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Which webhook addresses minsearch may post to. A saved search must not turn the server into a proxy into its own
 * network: an address that is not http(s), or whose host resolves to loopback, link-local, private, unique-local,
 * carrier-grade NAT or cloud-metadata addresses, is refused — at registration and again before each delivery (a name
 * may resolve elsewhere later), the delivery then going to the addresses checked ({@link AddressPolicy}) — unless
 * private targets are allowed ({@code MINSEARCH_WEBHOOK_ALLOW_PRIVATE=true}).
 */
public final class WebhookTargets {
    private static final Set<String> METADATA_HOSTS = Set.of("metadata.google.internal", "metadata", "instance-data");

    private final boolean allowPrivate;

    public WebhookTargets(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** @return why the address is refused, or null when minsearch may post to it */
    public String refusal(String url) {
        URI uri;
        try {
            uri = URI.create(url == null ? "" : url.strip());
        } catch (IllegalArgumentException e) {
            return "not a URL";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "only http and https webhooks";
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            return "no host";
        }
        if (allowPrivate) {
            return null;
        }
        if (METADATA_HOSTS.contains(host.toLowerCase(Locale.ROOT))) {
            return "a cloud-metadata host";
        }
        // the delivery then connects to the addresses checked here, not to a second answer of the name's DNS
        return AddressPolicy.UNTRUSTED.refusal(host).orElse(null);
    }
}
