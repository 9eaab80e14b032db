package org.redress.demo;

import java.time.Instant;

/** An officer's declared relation to a subject; such an officer never gets the subject's cases. */
record DemoDeclaration(long id, long officerId, long subjectId, String relation, String statement, Instant at) {
}
