package dev.rbaclab.isolation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.testing.LabExtension;
import dev.rbaclab.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Learners cannot reach each other's sandboxes, tried the way an attacker would, many times over. A seeded random
 * set of learners works in the lab (self-study or a workshop, objects, ServiceAccounts, tokens, pods); then for
 * random pairs the attacker uses everything they hold against the victim — on the web port ({@link WebAttacks}), the
 * API port ({@link ApiAttacks}) and from their console and pods ({@link ConsoleAttacks}). Every attempt must be
 * refused as its route refuses, show nothing of the victim's, and leave the victim's sandbox exactly as it was.
 *
 * <p>Bigger budget: {@code mvn -o test -Dtest=CrossLearnerIsolationTest -Disolation.learners=40 -Disolation.pairs=200};
 * replay a run with {@code -Disolation.seed=<the seed it printed>}.
 */
class CrossLearnerIsolationTest {

    @RegisterExtension
    static LabExtension lab = LabExtension.withFixtureLessons();

    /** Every kind of attempt; a category that was never tried would make the run prove less than it says. */
    private static final List<String> CATEGORIES = List.of(
            "web: own cookie, victim id", "web: near-miss ids", "web: bearer tokens", "web: victim's request ids",
            "web: sequential request ids", "web: forged cookie", "web: spoofed headers", "web: cross-site / no CSRF",
            "web: instructor routes", "api: attacker's tokens", "api: forged JWTs", "api: near-miss admin token",
            "api: anonymous", "api: near-miss cluster ids", "api: spoofed headers", "api: exec upgrades",
            "console: kubectl flags", "console: --kubeconfig", "console: workstation curl", "pod: curl");

    @Test
    void noLearnerReachesAnotherLearnersSandbox() {
        Budget budget = Budget.fromSystemProperties();
        long started = System.nanoTime();
        Random random = new Random(budget.seed());
        LearnerSetup setup = new LearnerSetup(lab.get(), random, workshop());
        List<Learner> learners = new ArrayList<>();
        for (int i = 0; i < budget.learners(); i++) {
            learners.add(setup.create(i));
        }
        // someone must have a pod and someone a workshop, or whole categories would go untried
        assertThat(learners).anyMatch(l -> l.pod != null).anyMatch(l -> l.workshopCode != null);

        Tally tally = new Tally();
        WebAttacks web = new WebAttacks(lab.get(), tally, random);
        ApiAttacks api = new ApiAttacks(lab.get(), tally, random);
        ConsoleAttacks console = new ConsoleAttacks(tally);
        for (int pair = 0; pair < budget.pairs(); pair++) {
            // the first pairs make sure attackers with and without pods both get their turn
            Learner attacker = pair == 0 ? first(learners, true) : pair == 1 ? first(learners, false)
                    : learners.get(random.nextInt(learners.size()));
            Learner victim = other(learners, attacker, random);
            SandboxSnapshot before = snapshot(victim);
            web.run(attacker, victim);
            api.run(attacker, victim);
            console.run(attacker, victim);
            SandboxSnapshot after = snapshot(victim);
            if (!after.equals(before)) {
                tally.noteWayIn("the state of " + victim + " changed during " + attacker + "'s attempts:\n  before "
                        + before + "\n  after  " + after);
            }
            stillWorks(victim, tally);
        }

        String report = "seed " + budget.seed() + ", " + budget.learners() + " learners, " + budget.pairs() + " pairs, "
                + (System.nanoTime() - started) / 1_000_000 + " ms\n" + tally.report();
        System.out.println(report);
        assertThat(tally.brokenControls()).as(report).isEmpty();
        assertThat(tally.waysIn()).as(report).isEmpty();
        assertThat(tally.refused().keySet()).as(report).containsAll(CATEGORIES);
    }

    private static String workshop() {
        WebClient admin = new WebClient(lab.get().webUrl()).signInInstructor("admin", "test-admin-password");
        WebClient.Response created = admin.postFormWithCsrf("/instructor/workshops",
                "title=Isolation&lessons=player-basics&mode=practice");
        assertThat(created.code()).isEqualTo(303);
        return created.header("Location").substring("/instructor/workshops/".length());
    }

    private static SandboxSnapshot snapshot(Learner learner) {
        SandboxSnapshot snapshot = SandboxSnapshot.of(lab.get().lab().database().dataSource(), learner.sandboxId,
                learner.learnerId);
        // the namespace, ServiceAccount, ConfigMap, Secret, Role and RoleBinding at least: a snapshot worth comparing
        assertThat(snapshot.ownObjects()).as("objects of " + learner).isGreaterThanOrEqualTo(6);
        return snapshot;
    }

    /** After the attempts the victim's own console still sees their objects. */
    private static void stillWorks(Learner victim, Tally tally) {
        JsonNode reply = Console.run(victim.web, "kubectl get configmaps -n " + victim.namespace);
        tally.control("victim-console still works", Console.output(reply).contains(victim.hiddenConfigMap), Console.output(reply));
    }

    private static Learner first(List<Learner> learners, boolean withPod) {
        return learners.stream().filter(l -> (l.pod != null) == withPod).findFirst().orElse(learners.get(0));
    }

    private static Learner other(List<Learner> learners, Learner attacker, Random random) {
        Learner victim;
        do {
            victim = learners.get(random.nextInt(learners.size()));
        } while (victim == attacker);
        return victim;
    }
}
