package com.resourcemarket.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Server-side request forgery guard for webhook URLs: a webhook may only point at a public internet address. The
 * host is resolved and refused when any of its addresses is loopback, unspecified, private (RFC 1918), shared
 * (100.64/10), link-local (169.254/16 — cloud metadata — and fe80::/10), multicast, broadcast/reserved, unique-local
 * (fc00::/7) or site-local IPv6, including IPv4 addresses embedded in IPv6 (mapped, compatible, NAT64, 6to4).
 * Checked at registration and again before every delivery (DNS may have changed since: rebinding).
 * {@code resource-market.webhooks.allow-private-addresses=true} turns it off (dev, local and test profiles only:
 * the tests deliver to a receiver on 127.0.0.1).
 */
@ApplicationScoped
public class WebhookAddressGuard {

    @Inject
    WebhookConfig config;

    /** Why the URL's host must not be called, or empty when it may be (or the guard is off). */
    public Optional<String> refusal(URI uri) {
        if (config.allowPrivateAddresses()) {
            return Optional.empty();
        }
        return refusalOf(uri.getHost());
    }

    /** The check itself, independent of configuration. */
    static Optional<String> refusalOf(String host) {
        if (host == null || host.isBlank()) {
            return Optional.of("has no host");
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException | SecurityException e) {
            return Optional.of("host " + bare + " does not resolve");
        }
        for (InetAddress address : addresses) {
            if (isBlocked(address)) {
                return Optional.of("host " + bare + " resolves to a non-public address (" + address.getHostAddress()
                        + "): loopback, private, link-local, multicast and unique-local addresses are refused");
            }
        }
        return Optional.empty();
    }

    /** True for every address that is not a public unicast internet address. */
    static boolean isBlocked(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            return isBlockedV4(b);
        }
        if (a instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return true; // fc00::/7 unique local
            }
            if (first == 0xfe && (b[1] & 0xc0) == 0xc0) {
                return true; // fec0::/10 site-local (deprecated)
            }
            if (allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                return isBlockedV4(slice(b, 12)); // ::ffff:a.b.c.d mapped
            }
            if (allZero(b, 0, 12)) {
                return true; // ::a.b.c.d compatible (deprecated), :: and ::1 included
            }
            if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                    && allZero(b, 4, 12)) {
                return isBlockedV4(slice(b, 12)); // 64:ff9b::/96 NAT64
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
                return isBlockedV4(slice(b, 2)); // 2002::/16 6to4
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
                return true; // 2001:db8::/32 documentation
            }
        }
        return false;
    }

    private static boolean isBlockedV4(byte[] b) {
        int o0 = b[0] & 0xff;
        int o1 = b[1] & 0xff;
        int o2 = b[2] & 0xff;
        return o0 == 0                                   // 0.0.0.0/8 "this network"
                || o0 == 10                              // private
                || o0 == 127                             // loopback
                || (o0 == 100 && (o1 & 0xc0) == 64)      // 100.64.0.0/10 shared (carrier-grade NAT)
                || (o0 == 169 && o1 == 254)              // link-local, cloud metadata
                || (o0 == 172 && (o1 & 0xf0) == 16)      // private
                || (o0 == 192 && o1 == 0 && o2 == 0)     // 192.0.0.0/24 protocol assignments
                || (o0 == 192 && o1 == 0 && o2 == 2)     // TEST-NET-1
                || (o0 == 192 && o1 == 168)              // private
                || (o0 == 198 && (o1 & 0xfe) == 18)      // 198.18.0.0/15 benchmarking
                || (o0 == 198 && o1 == 51 && o2 == 100)  // TEST-NET-2
                || (o0 == 203 && o1 == 0 && o2 == 113)   // TEST-NET-3
                || o0 >= 224;                            // multicast, reserved, broadcast
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] slice(byte[] b, int from) {
        return new byte[]{b[from], b[from + 1], b[from + 2], b[from + 3]};
    }
}
