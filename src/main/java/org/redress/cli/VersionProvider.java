package org.redress.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into the jar manifest (or the build's properties when run from classes). */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"redress " + version()};
    }

    public static String version() {
        String fromManifest = VersionProvider.class.getPackage().getImplementationVersion();
        if (fromManifest != null) {
            return fromManifest;
        }
        try (var in = VersionProvider.class.getResourceAsStream("/redress-version.properties")) {
            if (in != null) {
                var props = new java.util.Properties();
                props.load(in);
                return props.getProperty("version", "dev");
            }
        } catch (java.io.IOException e) {
            // fall through: a missing version file is not worth failing for
        }
        return "dev";
    }
}
