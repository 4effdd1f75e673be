package com.example.shop.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Finds the repository root and reads the files the compose checks compare against. */
final class RepositoryFiles {

    static final Path ROOT = repositoryRoot();
    static final Path SHARED_DOCKERFILE = ROOT.resolve("docker/Dockerfile");

    private RepositoryFiles() {}

    /** The repository root: surefire runs in acceptance-tests/, an IDE perhaps elsewhere below the root. */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("launcher/services.conf"))) {
                return dir;
            }
        }
        throw new IllegalStateException(
                "no launcher/services.conf above " + Path.of("").toAbsolutePath());
    }

    static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The port the shared image EXPOSEs, which a service listens on unless compose sets SERVER_PORT. */
    static int exposedPort() {
        Matcher expose = Pattern.compile("(?m)^EXPOSE\\s+(\\d+)").matcher(readString(SHARED_DOCKERFILE));
        assertThat(expose.find()).as("EXPOSE in %s", SHARED_DOCKERFILE).isTrue();
        return Integer.parseInt(expose.group(1));
    }

    /**
     * Everything the module's application*.yml / *.yaml / *.properties say, as one text to search, with the files they
     * import from the phase's shared modules ({@code spring.config.import: classpath:shop-discovery.yml}, say).
     */
    static String moduleConfiguration(String module) {
        Path resources = ROOT.resolve(module).resolve("src/main/resources");
        if (!Files.isDirectory(resources)) {
            return "";
        }
        try (Stream<Path> files = Files.list(resources)) {
            String own = files.filter(
                            file -> file.getFileName().toString().matches("application.*\\.(ya?ml|properties)"))
                    .sorted()
                    .map(RepositoryFiles::readString)
                    .collect(Collectors.joining("\n"));
            return own + "\n" + imported(ROOT.resolve(module).getParent(), own);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The classpath files the configuration imports, found in the main resources of the phase's modules. */
    private static String imported(Path phase, String configuration) throws IOException {
        Matcher imports = Pattern.compile("classpath:([\\w.-]+\\.ya?ml)").matcher(configuration);
        StringBuilder found = new StringBuilder();
        while (imports.find()) {
            String name = imports.group(1);
            try (Stream<Path> modules = Files.list(phase)) {
                modules.map(dir -> dir.resolve("src/main/resources").resolve(name))
                        .filter(Files::isRegularFile)
                        .forEach(file -> found.append(readString(file)).append('\n'));
            }
        }
        return found.toString();
    }
}
