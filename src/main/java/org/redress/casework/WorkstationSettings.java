package org.redress.casework;

import org.redress.store.Database;
import org.redress.store.SettingsRepository;

import java.util.Map;

/** The workstation's settings kept in the workspace (language, theme, UI scale, office). */
public final class WorkstationSettings {

    private final Database database;

    public WorkstationSettings(Database database) {
        this.database = database;
    }

    public Map<String, String> all() {
        return database.read(c -> new SettingsRepository(c).all());
    }

    public void put(String key, String value) {
        database.writeAndWait(c -> {
            new SettingsRepository(c).put(key, value);
            return null;
        });
    }
}
