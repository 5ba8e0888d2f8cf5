package dev.rbaclab.bench;

import java.util.List;
import java.util.Random;

/**
 * The console commands of the load benchmark, in a classroom's proportions: 60 % get/list/describe, 25 %
 * create/apply/patch/label, 10 % {@code kubectl auth can-i}, 5 % delete.
 */
final class CommandMix {

    /** What a command does, for separate figures. */
    enum Category { READ, WRITE, CAN_I, DELETE }

    /**
     * One command line for one learner; {@code createsConfigMap} names the ConfigMap it creates ("" for none), which
     * the driver offers for deletion only once the create succeeded: in an open model a learner's next command may
     * leave before the previous one is answered, and a delete must not overtake its create.
     */
    record Command(Category category, String line, String createsConfigMap) {
        Command(Category category, String line) {
            this(category, line, "");
        }
    }

    private static final List<String> READS = List.of(
            "kubectl get pods",
            "kubectl get sa -n foo",
            "kubectl get rolebindings -n foo -o wide",
            "kubectl describe sa foo -n foo",
            "kubectl get configmaps",
            "kubectl get role pod-reader -n foo -o yaml");
    private static final List<String> CAN_I = List.of(
            "kubectl auth can-i list pods -n foo --as=system:serviceaccount:foo:foo",
            "kubectl auth can-i delete secrets -n foo --as=system:serviceaccount:foo:foo");

    private CommandMix() {
    }

    static Command next(LoadLearner learner, Random random) {
        int roll = random.nextInt(100);
        if (roll < 60) {
            return new Command(Category.READ, READS.get(random.nextInt(READS.size())));
        }
        if (roll < 85) {
            return write(learner, random.nextInt(4));
        }
        if (roll < 95) {
            return new Command(Category.CAN_I, CAN_I.get(random.nextInt(CAN_I.size())));
        }
        String oldest = learner.configMaps.poll();
        return new Command(Category.DELETE, oldest == null
                ? "kubectl delete configmap never-made --ignore-not-found" : "kubectl delete configmap " + oldest);
    }

    private static Command write(LoadLearner learner, int which) {
        int n = learner.serial.incrementAndGet();
        switch (which) {
            case 0:
                String name = "cm-" + n;
                return new Command(Category.WRITE, "kubectl create configmap " + name + " --from-literal=n=" + n, name);
            case 1:
                return new Command(Category.WRITE, "kubectl apply -f - <<EOF\napiVersion: v1\nkind: ConfigMap\nmetadata:\n"
                        + "  name: applied\ndata:\n  n: \"" + n + "\"\nEOF");
            case 2:
                return new Command(Category.WRITE, "kubectl patch configmap settings -p '{\"data\":{\"n\":\"" + n + "\"}}'");
            default:
                return new Command(Category.WRITE, "kubectl label sa foo -n foo round=r" + n + " --overwrite");
        }
    }
}
