package org.redress.demo;

import java.util.List;

/**
 * Everything generated for one subject, written together: the subject, their whole ledger
 * (including corrections the office's decisions ordered), their cases and any officer's declared
 * relation to them.
 */
record SubjectBundle(DemoSubject subject, List<DemoEntry> ledger, List<DemoCase> cases,
                     List<DemoDeclaration> declarations) {

    SubjectBundle {
        ledger = List.copyOf(ledger);
        cases = List.copyOf(cases);
        declarations = List.copyOf(declarations);
    }
}
