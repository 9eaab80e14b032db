package org.redress.demo;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The demo's evidence: 40 one-page PDFs (eight kinds, five of each) and 40 pictures (receipts,
 * tickets, street scenes, phone screenshots), all made from the seed and the day, each stored once
 * however many cases attach it.
 */
final class EvidenceLibrary {

    static final int PDF_VARIANTS = 5;
    static final int IMAGE_VARIANTS = 10;

    private final List<EvidenceFile> files;
    private final java.util.Map<EvidenceKind, List<EvidenceFile>> byKind = new java.util.EnumMap<>(EvidenceKind.class);

    private EvidenceLibrary(List<EvidenceFile> files) {
        this.files = List.copyOf(files);
        for (EvidenceKind kind : EvidenceKind.values()) {
            byKind.put(kind, this.files.stream().filter(f -> f.kind() == kind)
                    .sorted(java.util.Comparator.comparingInt(EvidenceFile::variant)).toList());
        }
    }

    /** The last library drawn: the same seed and day draw the same files, so a second demo in a JVM reuses them. */
    private record Drawn(long seed, LocalDate today, EvidenceLibrary library) {
    }

    private static volatile @org.jspecify.annotations.Nullable Drawn last;

    static EvidenceLibrary generate(long seed, LocalDate today) {
        Drawn cached = last;
        if (cached != null && cached.seed() == seed && cached.today().equals(today)) {
            return cached.library();
        }
        EvidenceLibrary library = draw(seed, today);
        last = new Drawn(seed, today, library);
        return library;
    }

    /** Draws the library afresh, whatever was drawn before. */
    static EvidenceLibrary draw(long seed, LocalDate today) {
        List<EvidenceFile> files = new ArrayList<>();
        for (EvidenceKind kind : EvidenceKind.values()) {
            for (int variant = 0; variant < variants(kind); variant++) {
                long fileSeed = seed * 31 + kind.ordinal() * 1_000L + variant;
                RandomGenerator random = new SplittableRandom(fileSeed);
                EvidenceText text = EvidenceText.of(kind, random, today);
                if (kind.isPdf()) {
                    files.add(file(kind, variant, "application/pdf", "pdf",
                            EvidenceRenderer.pdf(text, fileSeed, today.minusDays(3 + variant))));
                } else {
                    boolean jpeg = extension(kind, variant).equals("jpg");
                    files.add(file(kind, variant, jpeg ? "image/jpeg" : "image/png", jpeg ? "jpg" : "png",
                            EvidenceRenderer.image(kind, text, random, jpeg)));
                }
            }
        }
        return new EvidenceLibrary(files);
    }

    /** How many files of a kind the library holds. */
    static int variants(EvidenceKind kind) {
        return kind.isPdf() ? PDF_VARIANTS : IMAGE_VARIANTS;
    }

    /** Screenshots are PNG as phones save them; receipts alternate; camera photos are JPEG. */
    static String extension(EvidenceKind kind, int variant) {
        if (kind.isPdf()) {
            return "pdf";
        }
        return switch (kind) {
            case REPAYMENT_SCREENSHOT -> "png";
            case RECEIPT_PHOTO -> variant % 2 == 1 ? "jpg" : "png";
            default -> "jpg";
        };
    }

    /** The file of a kind and variant. */
    EvidenceFile file(EvidenceKind kind, int variant) {
        return byKind.get(kind).get(variant);
    }

    List<EvidenceFile> files() {
        return files;
    }

    private static EvidenceFile file(EvidenceKind kind, int variant, String mediaType, String extension, byte[] content) {
        return new EvidenceFile(kind, variant, sha256(content), mediaType, extension, content);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
