package dev.rbaclab.bench;

import dev.rbaclab.testing.WebClient;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One simulated learner of the load benchmark: a browser that started self-study, opened a step, and made a few
 * objects in its sandbox (a namespace with a ServiceAccount, a Role and its binding, a pod, a ConfigMap), so that
 * the commands of {@link CommandMix} find something to read, change and delete.
 */
final class LoadLearner {

    static final String LESSON = "12.1.3-creating-service-accounts";
    static final String STEP = "create-sa";
    static final List<String> SETUP = List.of(
            "kubectl create namespace foo",
            "kubectl create serviceaccount foo -n foo",
            "kubectl create role pod-reader --verb=get,list --resource=pods -n foo",
            "kubectl create rolebinding foo-reads-pods --role=pod-reader --serviceaccount=foo:foo -n foo",
            "kubectl run web --image=nginx",
            "kubectl create configmap settings --from-literal=mode=lab");

    final WebClient browser;
    /** Numbers the objects this learner creates, so that names never clash. */
    final AtomicInteger serial = new AtomicInteger();
    /** ConfigMaps created by the mix and not yet deleted, oldest first. */
    final Queue<String> configMaps = new ConcurrentLinkedQueue<>();

    private LoadLearner(WebClient browser) {
        this.browser = browser;
    }

    static LoadLearner start(String webUrl) {
        LoadLearner learner = new LoadLearner(new WebClient(webUrl).start());
        learner.browser.get("/lessons/" + LESSON + "/" + STEP);
        for (String command : SETUP) {
            int exitCode = learner.browser.run(command).path("exitCode").asInt();
            if (exitCode != 0) {
                throw new IllegalStateException(command + " exited with " + exitCode);
            }
        }
        return learner;
    }
}
