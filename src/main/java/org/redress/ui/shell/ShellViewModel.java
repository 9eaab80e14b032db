package org.redress.ui.shell;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.redress.domain.access.Officer;

/**
 * Where the officer is: the screen shown, the case open in the case workspace and the screen to go
 * back to, and a notice (an error the officer should see) until dismissed.
 */
public final class ShellViewModel {

    private final Officer officer;
    private final ReadOnlyObjectWrapper<Screen> screen;
    private final ReadOnlyLongWrapper openCase = new ReadOnlyLongWrapper(this, "openCase", -1);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private Screen cameFrom;

    public ShellViewModel(Officer officer) {
        this.officer = officer;
        // An administrator reads no case: the workstation opens on Settings instead of a queue it may not see.
        this.cameFrom = readsCases() ? Screen.QUEUE : Screen.SETTINGS;
        this.screen = new ReadOnlyObjectWrapper<>(this, "screen", cameFrom);
    }

    /** Whether the officer's role may read cases (and so see the screens that show them). */
    public boolean readsCases() {
        return officer.role().may(org.redress.domain.access.Permission.READ_CASES);
    }

    /** Whether {@code target} is a screen this officer may see. */
    public boolean mayShow(Screen target) {
        return !target.showsCases() || readsCases();
    }

    public Officer officer() {
        return officer;
    }

    public void show(Screen target) {
        if (!mayShow(target) || (target == Screen.CASE || target == Screen.DECISION) && openCase.get() < 0) {
            return;
        }
        screen.set(target);
    }

    /** Opens the decision screen on the open case; Back returns to the case. */
    public void openDecision() {
        if (openCase.get() >= 0) {
            screen.set(Screen.DECISION);
        }
    }

    /** Opens a case in the case workspace; Back returns to the screen it was opened from. */
    public void openCase(long caseId) {
        if (screen.get() != Screen.CASE && screen.get() != Screen.DECISION) {
            cameFrom = screen.get();
        }
        openCase.set(caseId);
        screen.set(Screen.CASE);
    }

    /** From a decision back to its case, from a case back to the queue it came from; elsewhere nothing. */
    public void back() {
        if (screen.get() == Screen.DECISION) {
            screen.set(Screen.CASE);
        } else if (screen.get() == Screen.CASE) {
            screen.set(cameFrom);
        }
    }

    public void notice(String text) {
        notice.set(text);
    }

    public void dismissNotice() {
        notice.set("");
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty openCaseProperty() {
        return openCase.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
