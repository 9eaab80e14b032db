/** The hub's record of each workstation's audit chain head, and the alarms when history was rewritten. */
@NullMarked
package org.redress.hub.audit;

import org.jspecify.annotations.NullMarked;
