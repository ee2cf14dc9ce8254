package dev.spanweave.bom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The published jars, as the BOM resolved them for this consumer: each names its module in its
 * manifest, so that it keeps a stable name on the module path.
 */
class PublishedJarsTest {

  @ParameterizedTest
  @CsvSource({
    "dev.spanweave.annotations.TracedSpan, dev.spanweave.core",
    "dev.spanweave.aspectj.JoinPointTraces, dev.spanweave.aspectj",
    "dev.spanweave.test.SpanweaveExtension, dev.spanweave.test",
    "dev.spanweave.spring.SpanweaveProperties, dev.spanweave.spring",
    "dev.spanweave.test.spring.CapturedOpenTelemetry, dev.spanweave.test.spring",
  })
  void everyJarNamesItsModule(String type, String moduleName) throws Exception {
    Path location = Path.of(Class.forName(type).getProtectionDomain().getCodeSource()
        .getLocation().toURI());
    // only `mvn test` without `package` resolves reactor modules to classes directories
    assumeTrue(Files.isRegularFile(location), "not packaged yet: " + location);

    assertThat(automaticModuleName(location)).as(location.toString()).isEqualTo(moduleName);
  }

  private static String automaticModuleName(Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.getManifest().getMainAttributes().getValue("Automatic-Module-Name");
    }
  }
}
