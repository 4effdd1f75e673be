package com.example.shop.compose;

import static com.example.shop.compose.YamlValues.map;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/** One parsed compose file of a phase directory, with its services by name. */
record ComposeFile(Path path, String phase, Map<String, ComposeService> services) {

    private static final Pattern PHASE_DIRECTORY = Pattern.compile("(phase\\d+)-.+");

    /** The docker-compose.yml of every phaseN-* directory, in phase order. */
    static List<ComposeFile> all() {
        try (Stream<Path> entries = Files.list(RepositoryFiles.ROOT)) {
            return entries.filter(dir -> PHASE_DIRECTORY
                            .matcher(dir.getFileName().toString())
                            .matches())
                    .map(dir -> dir.resolve("docker-compose.yml"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .map(ComposeFile::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ComposeFile read(Path path) {
        Matcher phase = PHASE_DIRECTORY.matcher(path.getParent().getFileName().toString());
        if (!phase.matches()) {
            throw new IllegalArgumentException(path + " is not in a phase directory");
        }
        try (Reader reader = Files.newBufferedReader(path)) {
            Map<String, Object> document = map(new Yaml().load(reader));
            Map<String, ComposeService> services = new LinkedHashMap<>();
            map(document.get("services"))
                    .forEach((name, service) -> services.put(name, new ComposeService(map(service))));
            return new ComposeFile(path, phase.group(1), services);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path directory() {
        return path.getParent();
    }

    /** The phase's number: 3 for phase3. */
    int phaseNumber() {
        return Integer.parseInt(phase.substring("phase".length()));
    }

    /** The services compose builds from this repository, by name. */
    Map<String, ComposeService> appServices() {
        Map<String, ComposeService> apps = new LinkedHashMap<>();
        services.forEach((name, service) -> {
            if (service.isBuilt()) {
                apps.put(name, service);
            }
        });
        return apps;
    }

    /** The path from the repository root, so a parameterized test's name says which phase failed. */
    @Override
    public String toString() {
        return RepositoryFiles.ROOT.relativize(path).toString();
    }
}
