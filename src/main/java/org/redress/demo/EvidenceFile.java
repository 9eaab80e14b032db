package org.redress.demo;

import java.util.Objects;

/**
 * One file of the demo evidence library, stored once in the workspace under its SHA-256.
 *
 * @param sha256    lower-case hex digest of {@code content}
 * @param mediaType e.g. application/pdf, image/png, image/jpeg
 * @param extension the file name extension, without the dot
 */
record EvidenceFile(EvidenceKind kind, int variant, String sha256, String mediaType, String extension, byte[] content) {

    EvidenceFile {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(content, "content");
    }

    long size() {
        return content.length;
    }

    @Override
    public String toString() {
        return "EvidenceFile[" + kind + "#" + variant + ", " + sha256 + "]";
    }
}
