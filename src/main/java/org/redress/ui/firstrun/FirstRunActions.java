package org.redress.ui.firstrun;

import org.jspecify.annotations.Nullable;
import org.redress.setup.OfficeConnection;
import org.redress.sync.HubException;

import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * What the first-run screen can do on a computer with no workspace yet. The command that opens the
 * window supplies them (the demo's hub is the command's to start and stop); each runs off the UI
 * thread and may take a while.
 */
public interface FirstRunActions {

    /** A demo account with the password shown this once (only its hash is stored). */
    record DemoAccount(String username, String role, String displayName, String password) {
    }

    /**
     * The demo, ready to open: its folder, the accounts made now (empty when the demo existed
     * already), and why its hub did not start, if it did not (the demo then works offline).
     */
    record DemoReady(Path workspace, List<DemoAccount> accounts, @Nullable String hubProblem) {
        public DemoReady {
            accounts = List.copyOf(accounts);
        }
    }

    /** Makes the demo in its own folder (or finds the one made before) and starts its hub; progress from 0 to 1. */
    DemoReady demo(DoubleConsumer progress);

    /** Reaches the office's hub without trusting it yet, to show the officer its key's fingerprint. */
    OfficeConnection.HubMet meet(String url) throws HubException;

    /** Makes the office workspace, pins the hub met, enrols this device and signs the officer in; the password is cleared. */
    OfficeConnection.Outcome connect(OfficeConnection.HubMet hub, String username, char[] password);

    /** The folder the office workspace goes to. */
    Path officeFolder();
}
