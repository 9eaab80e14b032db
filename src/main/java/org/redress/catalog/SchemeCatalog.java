package org.redress.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.redress.domain.scheme.Catalog;
import org.redress.domain.scheme.CatalogCheck;
import org.redress.domain.scheme.CatalogProblem;
import org.redress.domain.scheme.Sanction;
import org.redress.domain.scheme.Scheme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the scheme catalog: the sanctions file and one file per scheme, listed in
 * {@code catalogs/schemes/index.json} (a classpath directory cannot be listed inside a jar).
 * Validates everything on load and refuses a catalog with problems, naming file and rule for each.
 */
public final class SchemeCatalog {

    /** The index shipped with the application. */
    public static final String DEFAULT_INDEX = "catalogs/schemes/index.json";

    private static final Logger LOG = LoggerFactory.getLogger(SchemeCatalog.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemeCatalog() {
    }

    /** The catalog shipped with the application. */
    public static Catalog loadDefault() {
        return fromClasspath(SchemeCatalog.class.getClassLoader(), DEFAULT_INDEX);
    }

    /** Reads an index ({@code {"files": ["sanctions.json", …]}}) and the files it names, relative to it. */
    public static Catalog fromClasspath(ClassLoader loader, String indexResource) {
        CatalogSource index = CatalogSource.classpath(loader, indexResource);
        String folder = indexResource.contains("/") ? indexResource.substring(0, indexResource.lastIndexOf('/') + 1) : "";
        List<String> files;
        try {
            JsonObject root = JsonObject.root(read(index));
            root.allowOnly(Set.of("files", "note"));
            files = root.texts("files");
        } catch (IOException | JsonObject.CatalogFormatException e) {
            throw new CatalogException(List.of(index.name() + ": " + e.getMessage()));
        }
        return load(files.stream().map(f -> CatalogSource.classpath(loader, folder + f)).toList());
    }

    public static Catalog fromFiles(List<Path> files) {
        return load(files.stream().map(CatalogSource::file).toList());
    }

    /** Loads exactly these files: one or more sanctions files and any number of scheme files. */
    public static Catalog load(List<CatalogSource> sources) {
        long started = System.nanoTime();
        List<String> problems = new ArrayList<>();
        List<Sanction> sanctions = new ArrayList<>();
        List<Scheme> schemes = new ArrayList<>();
        List<String> sanctionFiles = new ArrayList<>();
        Map<String, List<String>> filesByScheme = new LinkedHashMap<>();
        for (CatalogSource source : sources) {
            try {
                JsonObject root = JsonObject.root(read(source));
                if (SchemeFileReader.isSanctionsFile(root)) {
                    sanctions.addAll(SchemeFileReader.sanctions(root));
                    sanctionFiles.add(source.name());
                } else {
                    Scheme scheme = SchemeFileReader.scheme(root);
                    schemes.add(scheme);
                    filesByScheme.computeIfAbsent(scheme.code(), c -> new ArrayList<>()).add(source.name());
                }
            } catch (JsonProcessingException e) {
                problems.add(source.name() + ": malformed JSON at line " + e.getLocation().getLineNr()
                        + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
            } catch (IOException e) {
                problems.add(source.name() + ": cannot be read: " + e.getMessage());
            } catch (JsonObject.CatalogFormatException e) {
                problems.add(source.name() + ": " + e.getMessage());
            }
        }
        if (sanctionFiles.isEmpty()) {
            problems.add("no sanctions file among " + sources.stream().map(CatalogSource::name).toList());
        }
        if (problems.isEmpty()) {
            for (CatalogProblem problem : CatalogCheck.problems(schemes, sanctions)) {
                List<String> files = problem.schemeCode() == null ? sanctionFiles
                        : filesByScheme.getOrDefault(problem.schemeCode(), List.of());
                problems.add(String.join(", ", files) + ": " + problem);
            }
        }
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
        Catalog catalog = new Catalog(schemes, sanctions);
        LOG.info("Scheme catalog loaded: {} schemes, {} rules ({} versions), {} sanctions in {} ms",
                schemes.size(), catalog.ruleCount(), catalog.ruleVersionCount(), sanctions.size(),
                (System.nanoTime() - started) / 1_000_000);
        return catalog;
    }

    private static JsonNode read(CatalogSource source) throws IOException {
        try (InputStream in = source.opener().open()) {
            return JSON.readTree(in);
        }
    }
}
