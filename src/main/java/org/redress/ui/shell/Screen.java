package org.redress.ui.shell;

/**
 * The shell's screens: the sidebar's six, the case workspace opened from a queue, its decision,
 * and the notifications panel opened from the status bar.
 */
public enum Screen {
    QUEUE, APPROVALS, LETTERS, SYNC, SETTINGS, REPORTS, CASE, DECISION, NOTIFICATIONS;

    /** The sidebar's entries, in order (Ctrl+1 … Ctrl+6). */
    public static final Screen[] SIDEBAR = {QUEUE, APPROVALS, LETTERS, SYNC, SETTINGS, REPORTS};

    /**
     * Whether the screen shows case data, which only roles that may read cases see: an
     * administrator runs the workstation (accounts, settings, sync) and reads no case.
     */
    public boolean showsCases() {
        return this != SYNC && this != SETTINGS;
    }
}
