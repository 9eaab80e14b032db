package org.redress.sync;

import org.redress.store.Database;
import org.redress.store.NumberSeries;

/**
 * A restored or copied workspace becomes a new device and keeps its work ({@code redress sync
 * --new-device}): a new device key (so a new id at the hub, after a supervisor approves it), the
 * old token forgotten, and the blocks of numbers leased to the old device given up (the original
 * may be using them). At the next sign-in under the new id every outbox row is sent again; the hub
 * answers those it already took (by mutation id) as duplicates and takes the rest.
 */
public final class DeviceRenewal {

    private DeviceRenewal() {
    }

    public static DeviceKey renew(Database database) {
        DeviceKey key = DeviceKeyFile.replace(database.workspace());
        database.writeAndWait(c -> {
            new SyncMetaTable(c).clearToken();
            new NumberSeries(c).forgetLeases();
            return null;
        });
        return key;
    }
}
