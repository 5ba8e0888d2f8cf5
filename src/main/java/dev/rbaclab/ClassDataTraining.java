package dev.rbaclab;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * The training run behind the deployable jar's class-data archive ({@code mvn package} makes
 * {@code target/rbac-lab.jsa}; README, "Deploy it"). A cold start is mostly loading, verifying and linking library
 * classes and spinning about a thousand lambda classes (BENCHMARKS.md, {@code memory}); the JVM can keep all of that
 * in an archive made at the exit of one run ({@code -XX:ArchiveClassesAtExit}) and map it at every later start.
 * So this run starts the lab on throw-away files, asks the pages a learner opens first (so their classes are in the
 * archive too), stops the lab and exits.
 */
final class ClassDataTraining {

    /** Set on the training run's command line; never by an operator. */
    static final String PROPERTY = "rbaclab.classDataTraining";

    private static final List<String> FIRST_PAGES = List.of("/healthz", "/", "/chapter", "/join", "/instructor/login");

    private ClassDataTraining() {
    }

    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Visits the first pages, then stops the lab; the JVM writes the archive as it exits. */
    static void run(App.Lab lab) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            for (String page : FIRST_PAGES) {
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + lab.web().port() + page))
                        .timeout(Duration.ofSeconds(30)).build();
                client.send(request, HttpResponse.BodyHandlers.discarding());
            }
        } catch (IOException e) {
            // a page that does not answer leaves its classes out of the archive; the archive is still good
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lab.stop();
        }
    }
}
