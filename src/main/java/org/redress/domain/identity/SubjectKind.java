package org.redress.domain.identity;

/** A natural person (resident ID and permits) or a legal person (Unified Social Credit Code). */
public enum SubjectKind {
    PERSON, ORGANISATION
}
