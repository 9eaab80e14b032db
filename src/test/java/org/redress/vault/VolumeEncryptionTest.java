package org.redress.vault;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Machines laid out as /proc and /sys describe them: LUKS, LVM on LUKS, a plain disk, memory, eCryptfs. */
class VolumeEncryptionTest {

    @TempDir
    Path temp;

    private Path proc;
    private Path sys;
    private Path home;

    private VolumeEncryption machine(String mountinfo) throws IOException {
        proc = Files.createDirectories(temp.resolve("proc/self"));
        Files.writeString(proc.resolve("mountinfo"), mountinfo);
        sys = Files.createDirectories(temp.resolve("sys"));
        home = Files.createDirectories(temp.resolve("home/officer/ws"));
        return new VolumeEncryption(temp.resolve("proc"), sys, "Linux");
    }

    /** A block device {@code dev/block/MAJ:MIN} → {@code devices/NAME}, with a dm uuid and slaves when given. */
    private Path device(String majMin, String name, String dmUuid, String... slaves) throws IOException {
        Path dir = Files.createDirectories(sys.resolve("devices/virtual/block").resolve(name));
        if (dmUuid != null) {
            Files.createDirectories(dir.resolve("dm"));
            Files.writeString(dir.resolve("dm/uuid"), dmUuid + "\n");
        }
        Files.createDirectories(dir.resolve("slaves"));
        for (String slave : slaves) {
            Files.createSymbolicLink(dir.resolve("slaves").resolve(slave), sys.resolve("devices/virtual/block").resolve(slave));
        }
        Files.createDirectories(sys.resolve("dev/block"));
        Files.createSymbolicLink(sys.resolve("dev/block").resolve(majMin), dir);
        return dir;
    }

    private String mount(String majMin, Path point, String type, String source) {
        return "1 0 8:1 / / rw - ext4 /dev/sda1 rw\n26 1 " + majMin + " / " + point + " rw,relatime - " + type + " "
                + source + " rw\n";
    }

    @Test
    void a_folder_on_luks_is_encrypted() throws IOException {
        VolumeEncryption volumes = machine("");
        Files.writeString(proc.resolve("mountinfo"), mount("253:0", temp.resolve("home"), "ext4", "/dev/mapper/home"));
        device("253:0", "dm-0", "CRYPT-LUKS2-0f3a9c-home");

        VolumeEncryption.Finding finding = volumes.of(home);

        assertThat(finding.state()).isEqualTo(VolumeEncryption.State.ENCRYPTED);
        assertThat(finding.how()).contains("dm-crypt (CRYPT-LUKS2)").contains(temp.resolve("home").toString());
    }

    @Test
    void a_folder_on_lvm_on_luks_is_encrypted_through_its_slaves() throws IOException {
        VolumeEncryption volumes = machine("");
        Files.writeString(proc.resolve("mountinfo"), mount("253:1", temp.resolve("home"), "xfs", "/dev/mapper/vg-home"));
        device("253:0", "dm-0", "CRYPT-LUKS1-77aa-luks");
        device("253:1", "dm-1", "LVM-abcdef", "dm-0");

        assertThat(volumes.of(home).state()).isEqualTo(VolumeEncryption.State.ENCRYPTED);
    }

    @Test
    void a_folder_on_a_plain_disk_is_not() throws IOException {
        VolumeEncryption volumes = machine("");
        Files.writeString(proc.resolve("mountinfo"), mount("254:0", temp, "ext4", "/dev/vda"));
        device("254:0", "vda", null);

        VolumeEncryption.Finding finding = volumes.of(home);

        assertThat(finding.state()).isEqualTo(VolumeEncryption.State.NOT_ENCRYPTED);
        assertThat(finding.how()).contains("no dm-crypt");
    }

    @Test
    void memory_ecryptfs_and_unlisted_devices() throws IOException {
        VolumeEncryption volumes = machine("");
        Files.writeString(proc.resolve("mountinfo"), mount("0:22", temp, "tmpfs", "tmpfs"));
        assertThat(volumes.of(home).state()).isEqualTo(VolumeEncryption.State.NOT_ENCRYPTED);

        Files.writeString(proc.resolve("mountinfo"), mount("0:40", temp, "ecryptfs", "/home/.ecryptfs/officer"));
        assertThat(volumes.of(home).state()).isEqualTo(VolumeEncryption.State.ENCRYPTED);

        Files.writeString(proc.resolve("mountinfo"), mount("0:41", temp, "nfs4", "server:/export"));
        assertThat(volumes.of(home).state()).isEqualTo(VolumeEncryption.State.UNKNOWN);
    }

    @Test
    void the_longest_mount_point_decides_and_escaped_spaces_are_read() throws IOException {
        VolumeEncryption volumes = machine("");
        Path spaced = Files.createDirectories(temp.resolve("my data"));
        Files.writeString(proc.resolve("mountinfo"), mount("254:0", temp, "ext4", "/dev/vda")
                + "30 26 253:0 / " + spaced.toString().replace(" ", "\\040") + " rw - ext4 /dev/mapper/data rw\n");
        device("254:0", "vda", null);
        device("253:0", "dm-0", "CRYPT-PLAIN-data");

        assertThat(volumes.of(spaced.resolve("ws")).state()).isEqualTo(VolumeEncryption.State.ENCRYPTED);
        assertThat(volumes.of(home).state()).isEqualTo(VolumeEncryption.State.NOT_ENCRYPTED);
    }

    @Test
    void this_machine_gives_an_answer() {
        assertThat(new VolumeEncryption().of(temp).how()).isNotBlank();
    }

    @Test
    void the_policy_refuses_a_workspace_off_an_encrypted_volume_once_an_administrator_requires_one() throws IOException {
        VolumeEncryption volumes = machine("");
        try (VaultFixture fixture = new VaultFixture(temp.resolve("ws"))) {
            Files.writeString(proc.resolve("mountinfo"), mount("254:0", temp, "ext4", "/dev/vda"));
            device("254:0", "vda", null);
            VolumePolicy.check(fixture.database, volumes);

            fixture.database.writeAndWait(c -> {
                new org.redress.store.SettingsRepository(c).put(VolumePolicy.SETTING, "true");
                return null;
            });

            assertThatThrownBy(() -> VolumePolicy.check(fixture.database, volumes)).isInstanceOf(VolumePolicy.Refused.class)
                    .hasMessageContaining("encrypted volume").hasMessageContaining("no dm-crypt");
            Files.writeString(proc.resolve("mountinfo"), mount("253:0", temp, "ext4", "/dev/mapper/root"));
            device("253:0", "dm-0", "CRYPT-LUKS2-aa-root");
            VolumePolicy.check(fixture.database, volumes);
        }
    }
}
