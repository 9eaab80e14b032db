package org.redress.domain.scheme;

/** Services whose denial makes an appeal urgent (DOMAIN.md, "Priority"). */
public enum EssentialService {
    MEDICAL_CARE, EDUCATION, MEDICAL_TRAVEL
}
