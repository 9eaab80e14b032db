package org.redress.demo;

import java.time.Instant;

/** A supervisor's verdict on a draft: {@value #APPROVED} or {@value #RETURNED}. */
record DemoApproval(long id, long approverId, Instant at, String verdict, String comment) {

    static final String APPROVED = "APPROVED";
    static final String RETURNED = "RETURNED";
}
