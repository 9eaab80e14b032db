package org.redress.casework;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.redress.audit.AuditChain;
import org.redress.audit.AuditEntry;
import org.redress.domain.access.Officer;
import org.redress.domain.access.Permission;
import org.redress.security.Authorization;
import org.redress.store.Database;
import org.redress.store.SettingsRepository;

import java.time.Clock;

/**
 * The workstation's security settings: after how many idle minutes the screen locks. Anyone may
 * read it (the shell needs it); only an administrator changes it, and the change is audited.
 */
public final class SecuritySettings {

    /** Settings key of the idle lock, in whole minutes. */
    public static final String IDLE_LOCK_MINUTES = "security.idleLockMinutes";
    public static final int DEFAULT_IDLE_MINUTES = 10;
    public static final int MAX_IDLE_MINUTES = 240;

    private final Database database;
    private final Clock clock;

    public SecuritySettings(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The idle minutes after which the screen locks; any role may ask (the shell locks everyone's screen). */
    public int idleLockMinutes(Officer viewer) {
        Authorization.require(viewer, Permission.CHANGE_PREFERENCES);
        String value = database.read(c -> new SettingsRepository(c).all()).get(IDLE_LOCK_MINUTES);
        try {
            int minutes = value == null ? DEFAULT_IDLE_MINUTES : Integer.parseInt(value.strip());
            return minutes >= 1 && minutes <= MAX_IDLE_MINUTES ? minutes : DEFAULT_IDLE_MINUTES;
        } catch (NumberFormatException e) {
            return DEFAULT_IDLE_MINUTES;
        }
    }

    /** @throws org.redress.security.AccessDenied unless {@code admin} is an administrator */
    public void setIdleLockMinutes(Officer admin, int minutes) {
        Authorization.require(admin, Permission.CHANGE_SETTINGS);
        if (minutes < 1 || minutes > MAX_IDLE_MINUTES) {
            throw new IllegalArgumentException("the idle lock is between 1 and " + MAX_IDLE_MINUTES + " minutes");
        }
        database.writeAndWait(c -> {
            new SettingsRepository(c).put(IDLE_LOCK_MINUTES, Integer.toString(minutes));
            // Audited but not journalled: a workstation's settings do not travel to the hub.
            AuditChain.append(c, new AuditEntry(clock.instant(), Officers.storeId(admin), WorkstationSettings.CHANGE, "settings",
                    IDLE_LOCK_MINUTES, JsonNodeFactory.instance.objectNode().put("minutes", minutes)));
            return null;
        });
    }
}
