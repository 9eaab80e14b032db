package org.redress.evidence;

/**
 * A file as the evidence store holds it.
 *
 * @param fileName   the name the officer's file had (the store keeps only the hash as name)
 * @param newlyStored false when the same bytes were already in the store (from any case)
 */
public record StoredEvidence(String sha256, long size, String mediaType, String fileName, boolean newlyStored) {
}
