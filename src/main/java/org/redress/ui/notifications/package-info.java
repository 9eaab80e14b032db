/** The notifications panel: reminders of deadlines, lapsed requests, extension requests and breaches. */
@org.jspecify.annotations.NullMarked
package org.redress.ui.notifications;
