package org.redress.keys;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.platform.PrivateFiles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The device key: made once, owner-only, read back the same, never through a planted link. */
class FileDeviceKeyTest {

    @TempDir
    Path dir;

    @Test
    void a_key_is_made_once_owner_only_and_signs_what_its_public_half_verifies() throws Exception {
        Path file = dir.resolve("device.key");

        FileDeviceKey.Opened made = FileDeviceKey.loadOrCreate(file);
        FileDeviceKey.Opened again = FileDeviceKey.loadOrCreate(file);

        assertThat(made.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.key().keyId()).isEqualTo(made.key().keyId()).hasSize(64);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).startsWith("-----BEGIN PRIVATE KEY-----").contains("-----BEGIN PUBLIC KEY-----");
        byte[] message = "checkpoint".getBytes(StandardCharsets.UTF_8);
        assertThat(DeviceKey.verify(FileDeviceKey.readPublic(file).orElseThrow(), message, again.key().sign(message)))
                .isTrue();
        assertThat(DeviceKey.verify(made.key().publicKey(), "other".getBytes(StandardCharsets.UTF_8),
                made.key().sign(message))).isFalse();
    }

    @Test
    void a_link_planted_where_the_key_goes_is_neither_followed_nor_read() throws Exception {
        Path elsewhere = Files.writeString(dir.resolve("elsewhere.txt"), "not a key");
        Path file = dir.resolve("device.key");
        Files.createSymbolicLink(file, elsewhere);

        assertThatThrownBy(() -> FileDeviceKey.loadOrCreate(file)).hasMessageContaining("device key");
        assertThat(FileDeviceKey.readPublic(file)).isEmpty();
        assertThat(elsewhere).hasContent("not a key");
        assertThatThrownBy(() -> PrivateFiles.createNew(dir.resolve("device.key"))).isInstanceOf(java.io.IOException.class);
    }
}
