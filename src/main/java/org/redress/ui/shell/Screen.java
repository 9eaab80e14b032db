package org.redress.ui.shell;

/** The shell's screens: the sidebar's five, and the case workspace opened from a queue. */
public enum Screen {
    QUEUE, APPROVALS, LETTERS, SYNC, SETTINGS, CASE;

    /** The sidebar's entries, in order (Ctrl+1 … Ctrl+5). */
    public static final Screen[] SIDEBAR = {QUEUE, APPROVALS, LETTERS, SYNC, SETTINGS};
}
