import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;

/**
 * installer/test runs this on the installed runtime with the installed jars: it starts the embedded
 * PostgreSQL the demo's hub uses (the binaries jar shipped in the package) and asks for its version.
 * It proves the runtime has every module the embedded server reaches for (jdk.security.auth decides
 * whether it runs as root), until `redress hub` can be run from the package instead.
 */
public final class EmbeddedHubCheck {
    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("redress-installer-pg");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data).start();
             Connection connection = postgres.getPostgresDatabase().getConnection();
             ResultSet version = connection.createStatement().executeQuery("select version()")) {
            version.next();
            System.out.println(version.getString(1));
        }
    }
}
