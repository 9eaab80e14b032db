package org.redress.casework;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.redress.audit.AuditChain;
import org.redress.audit.AuditEntry;
import org.redress.domain.access.Officer;
import org.redress.domain.access.Permission;
import org.redress.security.Authorization;
import org.redress.store.Database;
import org.redress.store.SettingsRepository;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The workstation's settings kept in the workspace (language, theme, UI scale; office, four eyes,
 * letters). Anyone signed in may change the screen's own preferences ({@code ui.*}); every other
 * key is an administrator's; the keys that mark a demo workspace ({@code workspace.*},
 * {@code demo.*}) are set only when the demo is made and never here. Every change is an audit
 * event naming the key, the new value when it is a plain code or number, and its SHA-256; the
 * chain vouches for the row's new state, so a setting changed behind the workstation's back is
 * named by {@code redress verify}.
 */
public final class WorkstationSettings {

    /** The audit event of a change of a setting. */
    public static final String CHANGE = "settings.change";
    static final String PREFERENCES = "ui.";
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*(\\.[A-Za-z0-9_]+)*");

    private final Database database;
    private final Clock clock;

    public WorkstationSettings(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Every setting. Read before anyone signs in (the window opens in the language, theme and scale
     * kept, with the office's name and the demo's day), so it takes no officer: nothing in the
     * settings is personal data.
     */
    public Map<String, String> all() {
        return database.read(c -> new SettingsRepository(c).all());
    }

    /**
     * Sets {@code key} to {@code value} as {@code actor}, and records the change in the audit log.
     *
     * @throws org.redress.security.AccessDenied when the actor's role may not change that key
     * @throws IllegalArgumentException          for a key that is not a setting's name, or one only a new demo sets
     */
    public void put(Officer actor, String key, String value) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a setting's name: " + key);
        }
        if (key.startsWith("workspace.") || key.startsWith("demo.")) {
            throw new IllegalArgumentException(key + " is set only when a demo workspace is made");
        }
        Authorization.require(actor, key.startsWith(PREFERENCES) ? Permission.CHANGE_PREFERENCES
                : Permission.CHANGE_SETTINGS);
        ObjectNode payload = JsonNodeFactory.instance.objectNode().put("value", value).put("valueSha256", sha256(value));
        database.writeAndWait(c -> {
            new SettingsRepository(c).put(key, value);
            // Audited but not journalled: a workstation's settings do not travel to the hub.
            AuditChain.append(c, new AuditEntry(clock.instant(), Officers.storeId(actor), CHANGE, "settings", key, payload));
            return null;
        });
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
