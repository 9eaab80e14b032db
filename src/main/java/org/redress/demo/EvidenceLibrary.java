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
    /** Files about one entry, by kind, rule and agency ("PENALTY_DECISION RC-ADM-02 RC-ENFORCE"). */
    private final java.util.Map<String, EvidenceFile> byTopic;

    private EvidenceLibrary(List<EvidenceFile> files, java.util.Map<String, EvidenceFile> byTopic) {
        this.byTopic = java.util.Map.copyOf(byTopic);
        List<EvidenceFile> all = new ArrayList<>(files);
        all.addAll(byTopic.values().stream().sorted(java.util.Comparator.comparing(EvidenceFile::sha256)).toList());
        this.files = List.copyOf(all);
        for (EvidenceKind kind : EvidenceKind.values()) {
            byKind.put(kind, files.stream().filter(f -> f.kind() == kind)
                    .sorted(java.util.Comparator.comparingInt(EvidenceFile::variant)).toList());
        }
    }

    /** The last library drawn: the same seed and day draw the same files, so a second demo in a JVM reuses them. */
    private record Drawn(long seed, LocalDate today, List<EvidenceTopic> topics, EvidenceLibrary library) {
    }

    private static volatile @org.jspecify.annotations.Nullable Drawn last;

    static EvidenceLibrary generate(long seed, LocalDate today, List<EvidenceTopic> topics) {
        Drawn cached = last;
        if (cached != null && cached.seed() == seed && cached.today().equals(today) && cached.topics().equals(topics)) {
            return cached.library();
        }
        EvidenceLibrary library = draw(seed, today, topics);
        last = new Drawn(seed, today, List.copyOf(topics), library);
        return library;
    }

    /** Draws the library of files about no entry in particular, afresh. */
    static EvidenceLibrary draw(long seed, LocalDate today) {
        return draw(seed, today, List.of());
    }

    /**
     * Draws the library afresh: the files about no entry in particular, and for each topic (a rule and
     * the agency imposing it) one file of each kind that concerns such an entry.
     */
    static EvidenceLibrary draw(long seed, LocalDate today, List<EvidenceTopic> topics) {
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
        java.util.Map<String, EvidenceFile> byTopic = new java.util.HashMap<>();
        for (EvidenceTopic topic : topics) {
            for (EvidenceKind kind : EvidenceKind.values()) {
                if (!EvidenceTopic.concerns(kind) || !kind.supports(topic.category())) {
                    continue;
                }
                long fileSeed = seed * 31 + kind.ordinal() * 1_000L + 7_919L * (topic.ruleCode() + " " + topic.agencyCode()).hashCode();
                RandomGenerator random = new SplittableRandom(fileSeed);
                EvidenceText text = EvidenceText.of(kind, random, today, topic);
                EvidenceFile file = kind.isPdf()
                        ? file(kind, 0, "application/pdf", "pdf", EvidenceRenderer.pdf(text, fileSeed, today.minusDays(3)))
                        : file(kind, 0, extension(kind, 0).equals("jpg") ? "image/jpeg" : "image/png", extension(kind, 0),
                        EvidenceRenderer.image(kind, text, random, extension(kind, 0).equals("jpg")));
                byTopic.put(key(kind, topic.ruleCode(), topic.agencyCode()), file);
            }
        }
        return new EvidenceLibrary(files, byTopic);
    }

    private static String key(EvidenceKind kind, String ruleCode, String agencyCode) {
        return kind + " " + ruleCode + " " + agencyCode;
    }

    /** The file about the entry when the library holds one for its rule and agency, else the kind's variant. */
    EvidenceFile file(EvidenceKind kind, int variant, @org.jspecify.annotations.Nullable String ruleCode,
                      @org.jspecify.annotations.Nullable String agencyCode) {
        EvidenceFile about = ruleCode == null || agencyCode == null ? null : byTopic.get(key(kind, ruleCode, agencyCode));
        return about != null ? about : file(kind, variant);
    }

    /**
     * The topics of a catalog: each rule (its latest version's words) with each agency that imposes it,
     * in a fixed order.
     */
    static List<EvidenceTopic> topics(org.redress.domain.scheme.Catalog catalog) {
        java.util.Map<String, org.redress.domain.scheme.Rule> latest = new java.util.TreeMap<>();
        for (var scheme : catalog.schemes()) {
            for (var rule : scheme.rules()) {
                latest.merge(rule.code(), rule, (a, b) -> b.effectiveFrom().isAfter(a.effectiveFrom()) ? b : a);
            }
        }
        List<EvidenceTopic> topics = new ArrayList<>();
        for (var rule : latest.values()) {
            for (String agency : IssuingAgencies.imposing(rule.code())) {
                topics.add(EvidenceTopic.of(rule, agency));
            }
        }
        return topics;
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
