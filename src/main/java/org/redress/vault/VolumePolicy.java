package org.redress.vault;

import org.redress.store.Database;
import org.redress.store.SettingsRepository;

/**
 * The administrator's policy {@value #SETTING} = {@code true}: a workspace that does not lie on an
 * encrypted volume is not opened for work (no one signs in), because Redress does not encrypt the
 * database itself (no SQLite driver that does is published on Maven Central).
 */
public final class VolumePolicy {

    /** The setting an administrator turns on. */
    public static final String SETTING = "security.require_encrypted_volume";

    /** Sign-in refused: the policy requires an encrypted volume and the workspace is not on one. */
    public static final class Refused extends RuntimeException {
        Refused(VolumeEncryption.Finding finding) {
            super("this workspace may only be used on an encrypted volume (the administrator's policy), and "
                    + finding.how() + "; move it to an encrypted disk or folder");
        }
    }

    private VolumePolicy() {
    }

    public static boolean required(Database database) {
        return database.read(c -> new SettingsRepository(c).get(SETTING)).map("true"::equals).orElse(false);
    }

    /** @throws Refused when the policy is on and the volume is not found encrypted */
    public static void check(Database database) {
        check(database, new VolumeEncryption());
    }

    public static void check(Database database, VolumeEncryption volumes) {
        if (required(database)) {
            VolumeEncryption.Finding finding = volumes.of(database.workspace().root());
            if (!finding.encrypted()) {
                throw new Refused(finding);
            }
        }
    }
}
