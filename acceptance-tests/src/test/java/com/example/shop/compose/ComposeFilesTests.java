package com.example.shop.compose;

import static com.example.shop.compose.RepositoryFiles.SHARED_DOCKERFILE;
import static com.example.shop.compose.YamlValues.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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

    /** Ports that speak a database, broker or mail protocol: never published to the learner's machine. */
    private static final Set<Integer> INFRASTRUCTURE_PROTOCOL_PORTS = Set.of(5432, 6379, 5672, 9092, 9093, 1025);

    static Stream<ComposeFile> composeFiles() {
        return ComposeFile.all().stream();
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
        compose.appServices().forEach((name, service) -> composeModules.put(name, service.module()));

        assertThat(composeModules)
                .as("app services (name -> MODULE) of %s compared with launcher/services.conf", compose)
                .isEqualTo(launcherModules);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("composeFiles")
    void builtServicesUseTheSharedDockerfileAndAnExistingModule(ComposeFile compose) {
        List<String> problems = new ArrayList<>();
        compose.appServices().forEach((name, service) -> {
            Path context = service.buildContext(compose.directory());
            Path dockerfile = service.dockerfile(compose.directory());
            if (!dockerfile.equals(SHARED_DOCKERFILE) || !Files.isRegularFile(dockerfile)) {
                problems.add(name + " builds with " + dockerfile + ", not the shared " + SHARED_DOCKERFILE);
            }
            String module = service.module();
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
                .filter(service -> service.getValue().healthcheckCommand().isBlank()
                        || service.getValue().healthcheckDisabled())
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
            ComposeService service = compose.appServices().get(expected.name());
            if (service == null) {
                continue; // reported by appServicesAreExactlyTheServicesTheLauncherStarts
            }
            int listening = service.listeningPort();
            if (listening != expected.port()) {
                problems.add(expected.name() + " listens on " + listening + " in its container, the launcher uses "
                        + expected.port() + " (set SERVER_PORT)");
            }
            for (PortMapping port : service.ports()) {
                if (port.target() != listening || (port.published() != null && port.published() != expected.port())) {
                    problems.add(expected.name() + " maps " + port + ", expected " + expected.port() + ":" + listening);
                }
            }
            String probe = "localhost:" + listening + "/actuator/health/readiness";
            if (!service.healthcheckCommand().contains(probe)) {
                problems.add(
                        expected.name() + "'s healthcheck does not ask " + probe + ": " + service.healthcheckCommand());
            }
        }
        assertThat(problems).as("in %s", compose).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("composeFiles")
    void appServicesStartOnlyOnceTheirDependenciesAreHealthy(ComposeFile compose) {
        List<String> problems = new ArrayList<>();
        compose.appServices().forEach((name, service) -> {
            Object dependsOn = service.dependsOn();
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
            String module = service.module();
            String configuration = RepositoryFiles.moduleConfiguration(module);
            service.environment().keySet().stream()
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
                .filter(service -> !service.getValue().hasMemoryLimit())
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
                service.ports().stream()
                        .filter(port -> port.published() != null)
                        .filter(port -> INFRASTRUCTURE_PROTOCOL_PORTS.contains(port.target()))
                        .forEach(port -> published.add(name + " " + port));
            }
        });
        assertThat(published)
                .as("infrastructure ports published in %s", compose)
                .isEmpty();
    }
}
