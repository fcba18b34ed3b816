package io.sightline.engine.alert;

import io.sightline.engine.api.PlatformException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Where alerts may be sent, so that the notification settings cannot be used to reach the engine's own
 * network (server-side request forgery): only hosts on the allow-list set by whoever runs the engine, and
 * when that list is empty, only hosts with public addresses. Loopback, private, shared (100.64/10),
 * link-local (which holds the cloud metadata address 169.254.169.254) and unique-local IPv6 addresses are
 * refused unless the list names the host. Names are checked when settings are saved and resolved again right
 * before each send: the JDK caches the answer it gives here, so the connection that follows uses the address
 * that was checked, and a name that rebinds to an inner address later is refused at that next send.
 */
public final class NotificationTargets {
    private final List<String> allowed;

    /** {@code allowed}: host names, {@code *.domain} for a domain and its sub-domains, or IP addresses. */
    public NotificationTargets(List<String> allowed) {
        this.allowed = allowed.stream().map(host -> host.strip().toLowerCase(Locale.ROOT)).toList();
    }

    /** Any host with a public address. */
    public static NotificationTargets publicHosts() {
        return new NotificationTargets(List.of());
    }

    /** Refuses a webhook address that is not http(s) to an allowed host; checks literal addresses only. */
    void checkWebhook(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw PlatformException.invalid("The webhook address \"" + url + "\" is not a valid URL.");
        }
        if (!List.of("http", "https").contains(String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT))
                || uri.getHost() == null) {
            throw PlatformException.invalid("The webhook address must start with http:// or https:// and name a host.");
        }
        checkName(uri.getHost(), "webhook");
    }

    /** Refuses an SMTP host that is not allowed; checks literal addresses only. */
    void checkMailHost(String host) {
        checkName(host, "SMTP server");
    }

    private void checkName(String host, String what) {
        String name = bare(host);
        if (named(name)) {
            return;
        }
        if (!allowed.isEmpty()) {
            throw PlatformException.invalid("The " + what + " host " + name + " is not on the list of hosts alerts may "
                    + "be sent to (" + String.join(", ", allowed) + "). The administrator sets that list with "
                    + "'sightline serve --alert-allowed-hosts'.");
        }
        if (name.equals("localhost") || name.endsWith(".localhost") || isLiteralAddress(name)) {
            requirePublic(name, what, resolve(name, what));
        }
    }

    /**
     * Refuses {@code host} at send time unless it is named on the allow-list or every address it resolves to is
     * public; the reason goes to {@code detail}.
     */
    boolean allowsNow(String host, String what, StringBuilder detail) {
        try {
            checkName(host, what);
            String name = bare(host);
            if (!named(name)) {
                requirePublic(name, what, resolve(name, what));
            }
            return true;
        } catch (PlatformException e) {
            detail.append(e.getMessage());
            return false;
        }
    }

    private boolean named(String name) {
        for (String entry : allowed) {
            if (entry.equals(name) || entry.startsWith("*.") && (name.equals(entry.substring(2))
                    || name.endsWith(entry.substring(1)))) {
                return true;
            }
        }
        return false;
    }

    private static InetAddress[] resolve(String name, String what) {
        try {
            return InetAddress.getAllByName(name);
        } catch (UnknownHostException e) {
            throw PlatformException.invalid("The " + what + " host " + name + " is unknown.");
        }
    }

    private static void requirePublic(String name, String what, InetAddress[] addresses) {
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw PlatformException.invalid("The " + what + " host " + name + " is at " + address.getHostAddress()
                        + ", an address inside this machine or its network, where alerts are not sent unless the "
                        + "administrator allows that host ('sightline serve --alert-allowed-hosts').");
            }
        }
    }

    /** Whether {@code address} is on the public internet: not this machine, its network, or a metadata service. */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            boolean shared = first == 100 && second >= 64 && second < 128; // carrier-grade NAT, some metadata services
            boolean reserved = first == 0 || first >= 240 || first == 192 && second == 0 && (bytes[2] & 0xff) == 0;
            return !shared && !reserved;
        }
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) != 0xfc; // unique-local fc00::/7 (fd00:ec2::254 is a metadata address)
        }
        return true;
    }

    private static boolean isLiteralAddress(String name) {
        return name.contains(":") || name.matches("[0-9.]+");
    }

    /** The host without IPv6 brackets, lower case. */
    private static String bare(String host) {
        String name = host.strip().toLowerCase(Locale.ROOT);
        return name.startsWith("[") && name.endsWith("]") ? name.substring(1, name.length() - 1) : name;
    }
}
