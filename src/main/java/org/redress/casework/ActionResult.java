package org.redress.casework;

import org.redress.domain.appeal.Rejection;
import org.redress.store.CaseRow;

/** What became of an officer's action on a case: done, with the case as it now stands, or refused with the reason. */
public sealed interface ActionResult {

    record Done(CaseRow appeal) implements ActionResult {
    }

    record Refused(Rejection rejection) implements ActionResult {
    }
}
