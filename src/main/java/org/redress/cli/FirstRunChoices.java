package org.redress.cli;

import org.jspecify.annotations.Nullable;
import org.redress.catalog.CalendarCatalog;
import org.redress.demo.DemoBuilder;
import org.redress.demo.DemoOfficer;
import org.redress.demo.DemoRequest;
import org.redress.demo.DemoResult;
import org.redress.demo.DemoSummary;
import org.redress.demo.DemoWorkspaceState;
import org.redress.security.PasswordHasher;
import org.redress.setup.OfficeConnection;
import org.redress.store.Database;
import org.redress.store.Workspace;
import org.redress.sync.HubException;
import org.redress.ui.firstrun.FirstRunActions;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * What {@code redress open} offers on a computer with no workspace: the demo, made in its own folder
 * exactly as {@code redress demo} makes it (its hub started beside it and stopped when the window
 * closes), or the office's workspace at the usual folder, connected to the office's hub.
 */
final class FirstRunChoices implements FirstRunActions, AutoCloseable {

    private final Path officeFolder;
    private final Path demoFolder;
    private final long demoCases;
    private final boolean demoHub;
    private @Nullable DemoHub hub;

    FirstRunChoices(Path officeFolder, Path demoFolder, long demoCases, boolean demoHub) {
        this.officeFolder = officeFolder;
        this.demoFolder = demoFolder;
        this.demoCases = demoCases;
        this.demoHub = demoHub;
    }

    @Override
    public DemoReady demo(DoubleConsumer progress) {
        LocalDate day = LocalDate.now();
        List<DemoAccount> accounts = List.of();
        switch (DemoWorkspaceState.of(demoFolder)) {
            case POPULATED -> {
                try (Database database = Database.open(new Workspace(demoFolder))) {
                    if (!DemoSummary.read(database, day, CalendarCatalog.fromClasspath()).isDemo()) {
                        throw new IllegalStateException(demoFolder + " holds an office's workspace, not a demo; it was left as it is.");
                    }
                }
            }
            case OCCUPIED -> throw new IllegalStateException(demoFolder + " holds files that are not a Redress workspace.");
            case ABSENT -> {
                DemoRequest request = new DemoRequest(demoCases, DemoRequest.DEFAULT_SEED, day);
                DemoResult result = new DemoBuilder(request)
                        .withProgress((subjects, written) -> progress.accept(Math.min(1.0, written / (double) demoCases)))
                        .build(demoFolder);
                accounts = result.accounts().stream().map(FirstRunChoices::account).toList();
            }
        }
        String problem = null;
        if (demoHub && hub == null) {
            try {
                hub = DemoHub.start(demoFolder, null, null);
            } catch (RuntimeException e) {
                problem = e.getMessage();
            }
        }
        return new DemoReady(demoFolder, accounts, problem);
    }

    private static DemoAccount account(DemoOfficer officer) {
        return new DemoAccount(officer.username(), officer.role().name(), officer.displayName(), officer.password());
    }

    @Override
    public OfficeConnection.HubMet meet(String url) throws HubException {
        return OfficeConnection.meet(url);
    }

    @Override
    public OfficeConnection.Outcome connect(OfficeConnection.HubMet met, String username, char[] password) {
        return new OfficeConnection(officeFolder, new PasswordHasher(), Clock.systemUTC())
                .connect(met, username, password, deviceName());
    }

    @Override
    public Path officeFolder() {
        return officeFolder;
    }

    @Override
    public void close() {
        if (hub != null) {
            hub.close();
            hub = null;
        }
    }

    private static String deviceName() {
        try {
            return "Redress workstation on " + InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "Redress workstation";
        }
    }
}
