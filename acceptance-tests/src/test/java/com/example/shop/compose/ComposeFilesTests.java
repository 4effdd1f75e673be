package com.example.shop.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Keeps every phase's {@code docker-compose.yml} in step with the code and with the local launcher ({@code ./run}):
 * both ways of running a phase must start the same services, from existing modules, on the same ports, with
 * configuration the services actually read, and wait for health the same way.
 *
 * <p>A plain unit test: it reads files, it needs no Docker. CI validates the compose syntax itself with
 * {@code docker compose config}. An app service is one that compose builds from this repository ({@code build:});
 * the others (databases, brokers, UIs) are infrastructure.
 */
class ComposeFilesTests {

    private static final Path ROOT = repositoryRoot();
    private static final Path SHARED_DOCKERFILE = ROOT.resolve("docker/Dockerfile");
    private static final Pattern PHASE_DIRECTORY = Pattern.compile("(phase\\d+)-.+");
    /** Ports that speak a database, broker or mail protocol: never published to the learner's machine. */
    private static final Set<Integer> INFRASTRUCTURE_PROTOCOL_PORTS = Set.of(5432, 6379, 5672, 9092, 9093, 1025);

    static Stream<ComposeFile> composeFiles() {
        try (Stream<Path> entries = Files.list(ROOT)) {
            return entries
                    .filter(dir -> PHASE_DIRECTORY
                            .matcher(dir.getFileName().toString())
                            .matches())
                    .map(dir -> dir.resolve("docker-compose.yml"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .map(ComposeFile::read)
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyPhaseTheLauncherKnowsHasAComposeFile() {
        Set<String> composePhases = composeFiles().map(ComposeFile::phase).collect(Collectors.toSet());
        Set<String> launcherPhases = LauncherService.all().stream()
                .map(LauncherService::phase)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(launcherPhases).isNotEmpty();
        assertThat(composePhases)
                .as("phases with a phaseN-*/docker-compose.yml")
                .containsAll(launcherPhases);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("composeFiles")
    void appServicesAreExactlyTheServicesTheLauncherStarts(ComposeFile compose) {
        Map<String, String> launcherModules = LauncherService.of(compose.phase()).stream()
                .collect(Collectors.toMap(LauncherService::name, LauncherService::module));
        Map<String, String> composeModules = new LinkedHashMap<>();
        compose.appServices()
                .forEach((name, service) ->
                        composeModules.put(name, buildArgs(service).get("MODULE")));

        assertThat(composeModules)
                .as("app services (name -> MODULE) of %s compared with launcher/services.conf", compose)
                .isEqualTo(launcherModules);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("composeFiles")
    void builtServicesUseTheSharedDockerfileAndAnExistingModule(ComposeFile compose) {
        List<String> problems = new ArrayList<>();
        compose.appServices().forEach((name, service) -> {
            Map<String, Object> build = map(service.get("build"));
            Path context = compose.directory()
                    .resolve(String.valueOf(build.getOrDefault("context", ".")))
                    .normalize();
            Path dockerfile = context.resolve(String.valueOf(build.getOrDefault("dockerfile", "Dockerfile")))
                    .normalize();
            if (!dockerfile.equals(SHARED_DOCKERFILE) || !Files.isRegularFile(dockerfile)) {
                problems.add(name + " builds with " + dockerfile + ", not the shared " + SHARED_DOCKERFILE);
            }
            String module = buildArgs(service).get("MODULE");
            if (module == null || !Files.isRegularFile(context.resolve(module).resolve("pom.xml"))) {
                problems.add(
                        name + ": build arg MODULE=" + module + " names no directory with a pom.xml in " + context);
            }
        });
        assertThat(problems).as("in %s", compose).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("composeFiles")
    void everyServiceHasAHealthcheck(ComposeFile compose) {
        List<String> withoutHealthcheck = compose.services().entrySet().stream()
                .filter(service -> healthcheckCommand(service.getValue()).isBlank()
                        || Boolean.TRUE.equals(
                                map(service.getValue().get("healthcheck")).get("disable")))
                .map(Map.Entry::getKey)
                .toList();
        assertThat(withoutHealthcheck)
                .as("services without a healthcheck in %s", compose)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("composeFiles")
    void appServicesListenAndArePublishedOnTheLauncherPorts(ComposeFile compose) {
        List<String> problems = new ArrayList<>();
        for (LauncherService expected : LauncherService.of(compose.phase())) {
            Map<String, Object> service = compose.appServices().get(expected.name());
            if (service == null) {
                continue; // reported by appServicesAreExactlyTheServicesTheLauncherStarts
            }
            int listening = listeningPort(service);
            if (listening != expected.port()) {
                problems.add(expected.name() + " listens on " + listening + " in its container, the launcher uses "
                        + expected.port() + " (set SERVER_PORT)");
            }
            for (PortMapping port : ports(service)) {
                if (port.target() != listening || (port.published() != null && port.published() != expected.port())) {
                    problems.add(expected.name() + " maps " + port + ", expected " + expected.port() + ":" + listening);
                }
            }
            String probe = "localhost:" + listening + "/actuator/health/readiness";
            if (!healthcheckCommand(service).contains(probe)) {
                problems.add(
                        expected.name() + "'s healthcheck does not ask " + probe + ": " + healthcheckCommand(service));
            }
        }
        assertThat(problems).as("in %s", compose).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("composeFiles")
    void appServicesStartOnlyOnceTheirDependenciesAreHealthy(ComposeFile compose) {
        List<String> problems = new ArrayList<>();
        compose.appServices().forEach((name, service) -> {
            Object dependsOn = service.get("depends_on");
            if (!(dependsOn instanceof Map<?, ?> dependencies) || dependencies.isEmpty()) {
                problems.add(name + " has no depends_on with conditions (long syntax): " + dependsOn);
                return;
            }
            dependencies.forEach((dependency, settings) -> {
                if (!"service_healthy".equals(map(settings).get("condition"))) {
                    problems.add(name + " depends on " + dependency + " without condition: service_healthy");
                }
                if (!compose.services().containsKey(String.valueOf(dependency))) {
                    problems.add(name + " depends on " + dependency + ", which is not a service of this file");
                }
            });
        });
        assertThat(problems).as("in %s", compose).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("composeFiles")
    void shopVariablesSetByComposeAreReadByTheModuleConfiguration(ComposeFile compose) {
        List<String> problems = new ArrayList<>();
        compose.appServices().forEach((name, service) -> {
            String module = buildArgs(service).get("MODULE");
            String configuration = moduleConfiguration(module);
            environment(service).keySet().stream()
                    .filter(variable -> variable.startsWith("SHOP_"))
                    .filter(variable -> !configuration.contains(variable))
                    .forEach(variable -> problems.add(name + " sets " + variable + ", which no " + module
                            + "/src/main/resources/application*.yml mentions"));
        });
        assertThat(problems).as("in %s", compose).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("composeFiles")
    void appServicesHaveAMemoryLimit(ComposeFile compose) {
        List<String> unlimited = compose.appServices().entrySet().stream()
                .filter(service -> service.getValue().get("mem_limit") == null
                        && map(map(map(service.getValue().get("deploy")).get("resources"))
                                                .get("limits"))
                                        .get("memory")
                                == null)
                .map(Map.Entry::getKey)
                .toList();
        assertThat(unlimited)
                .as("app services without mem_limit in %s", compose)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("composeFiles")
    void databasesAndBrokersAreNotPublishedOnlyTheirWebUis(ComposeFile compose) {
        List<String> published = new ArrayList<>();
        compose.services().forEach((name, service) -> {
            if (!compose.appServices().containsKey(name)) {
                ports(service).stream()
                        .filter(port -> port.published() != null)
                        .filter(port -> INFRASTRUCTURE_PROTOCOL_PORTS.contains(port.target()))
                        .forEach(port -> published.add(name + " " + port));
            }
        });
        assertThat(published)
                .as("infrastructure ports published in %s", compose)
                .isEmpty();
    }

    // ------------------------------------------------------------------------------------------ compose model

    /** One parsed compose file of a phase directory. */
    record ComposeFile(Path path, String phase, Map<String, Map<String, Object>> services) {

        static ComposeFile read(Path path) {
            Matcher phase =
                    PHASE_DIRECTORY.matcher(path.getParent().getFileName().toString());
            if (!phase.matches()) {
                throw new IllegalArgumentException(path + " is not in a phase directory");
            }
            try (Reader reader = Files.newBufferedReader(path)) {
                Map<String, Object> document = map(new Yaml().load(reader));
                Map<String, Map<String, Object>> services = new LinkedHashMap<>();
                map(document.get("services")).forEach((name, service) -> services.put(name, map(service)));
                return new ComposeFile(path, phase.group(1), services);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Path directory() {
            return path.getParent();
        }

        /** The services compose builds from this repository, by name. */
        Map<String, Map<String, Object>> appServices() {
            Map<String, Map<String, Object>> apps = new LinkedHashMap<>();
            services.forEach((name, service) -> {
                if (service.get("build") != null) {
                    apps.put(name, service);
                }
            });
            return apps;
        }

        @Override
        public String toString() {
            return ROOT.relativize(path).toString();
        }
    }

    /** A ports entry: "8080:8080", "127.0.0.1:8080:8080", "8080", 8080, or the long syntax. */
    record PortMapping(Integer published, int target) {

        static PortMapping parse(Object entry) {
            if (entry instanceof Map<?, ?> longSyntax) {
                Object published = longSyntax.get("published");
                return new PortMapping(
                        published == null ? null : Integer.valueOf(published.toString()),
                        Integer.parseInt(String.valueOf(longSyntax.get("target"))));
            }
            String[] parts =
                    String.valueOf(entry).replaceFirst("/(tcp|udp)$", "").split(":");
            int target = Integer.parseInt(parts[parts.length - 1]);
            return new PortMapping(parts.length == 1 ? null : Integer.valueOf(parts[parts.length - 2]), target);
        }

        @Override
        public String toString() {
            return (published == null ? "" : published + ":") + target;
        }
    }

    private static List<PortMapping> ports(Map<String, Object> service) {
        return list(service.get("ports")).stream().map(PortMapping::parse).toList();
    }

    /** SERVER_PORT when compose sets it, otherwise the port the shared image exposes (Spring Boot's 8080). */
    private static int listeningPort(Map<String, Object> service) {
        String serverPort = environment(service).get("SERVER_PORT");
        return serverPort != null ? Integer.parseInt(serverPort) : exposedPort();
    }

    private static int exposedPort() {
        Matcher expose = Pattern.compile("(?m)^EXPOSE\\s+(\\d+)").matcher(readString(SHARED_DOCKERFILE));
        assertThat(expose.find()).as("EXPOSE in %s", SHARED_DOCKERFILE).isTrue();
        return Integer.parseInt(expose.group(1));
    }

    /** environment as a map, from either the mapping or the list ("NAME=value") syntax. */
    private static Map<String, String> environment(Map<String, Object> service) {
        Object environment = service.get("environment");
        Map<String, String> variables = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> mapping) {
            mapping.forEach((name, value) -> variables.put(String.valueOf(name), String.valueOf(value)));
        } else {
            for (Object entry : list(environment)) {
                String[] nameAndValue = String.valueOf(entry).split("=", 2);
                variables.put(nameAndValue[0], nameAndValue.length > 1 ? nameAndValue[1] : null);
            }
        }
        return variables;
    }

    private static Map<String, String> buildArgs(Map<String, Object> service) {
        Object args = map(service.get("build")).get("args");
        Map<String, String> buildArgs = new LinkedHashMap<>();
        if (args instanceof Map<?, ?> mapping) {
            mapping.forEach((name, value) -> buildArgs.put(String.valueOf(name), String.valueOf(value)));
        } else {
            for (Object entry : list(args)) {
                String[] nameAndValue = String.valueOf(entry).split("=", 2);
                buildArgs.put(nameAndValue[0], nameAndValue.length > 1 ? nameAndValue[1] : null);
            }
        }
        return buildArgs;
    }

    /** The healthcheck's test as one string ("CMD curl -fs http://..."), or "" when there is none. */
    private static String healthcheckCommand(Map<String, Object> service) {
        Object test = map(service.get("healthcheck")).get("test");
        if (test instanceof List<?> words) {
            return words.stream().map(String::valueOf).collect(Collectors.joining(" "));
        }
        return test == null ? "" : test.toString();
    }

    /** Everything the module's application*.yml / *.yaml / *.properties say, as one text to search. */
    private static String moduleConfiguration(String module) {
        Path resources = ROOT.resolve(module).resolve("src/main/resources");
        if (!Files.isDirectory(resources)) {
            return "";
        }
        try (Stream<Path> files = Files.list(resources)) {
            return files.filter(file -> file.getFileName().toString().matches("application.*\\.(ya?ml|properties)"))
                    .sorted()
                    .map(ComposeFilesTests::readString)
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // -------------------------------------------------------------------------------------- launcher model

    /** A line of launcher/services.conf: {@code phase service module port}. */
    record LauncherService(String phase, String name, String module, int port) {

        static List<LauncherService> all() {
            return readString(ROOT.resolve("launcher/services.conf"))
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.split("\\s+"))
                    .map(columns ->
                            new LauncherService(columns[0], columns[1], columns[2], Integer.parseInt(columns[3])))
                    .toList();
        }

        static List<LauncherService> of(String phase) {
            return all().stream()
                    .filter(service -> service.phase().equals(phase))
                    .toList();
        }
    }

    // ------------------------------------------------------------------------------------------- plumbing

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

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> mapping ? (Map<String, Object>) mapping : Map.of();
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> entries ? entries : List.of();
    }
}
