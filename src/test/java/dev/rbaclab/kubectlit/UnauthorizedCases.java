package dev.rbaclab.kubectlit;

import java.util.Map;

import static dev.rbaclab.kubectlit.KubectlStep.kubectl;

/**
 * A token the server does not know: every request is 401 with the Status
 * {@code {"message":"Unauthorized","reason":"Unauthorized","code":401}} (endpoints/filters/authentication.go), never
 * anonymous. With discovery cached, kubectl says "You must be logged in to the server (Unauthorized)"
 * (staging/src/k8s.io/kubectl/pkg/cmd/util/helpers.go, StandardErrorMessage), the generators wrap the error in
 * their own "failed to create" message, and commands that validate against OpenAPI fail there first.
 */
final class UnauthorizedCases {

    private static final String LOGGED_OUT = "error: You must be logged in to the server (Unauthorized)\n";

    private UnauthorizedCases() {
    }

    static Map<String, String> files() {
        return Map.of("sa.yaml", """
                apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: robot
                """);
    }

    static KubectlStep[] steps() {
        return new KubectlStep[] {
            kubectl("set up: discovery in kubectl's cache", "get sa -o name").prints("serviceaccount/default\n"),
            kubectl("get", "--token=bogus get sa").fails(LOGGED_OUT),
            kubectl("describe", "--token=bogus describe sa default").fails(LOGGED_OUT),
            kubectl("create namespace", "--token=bogus create namespace foo").fails(LOGGED_OUT),
            kubectl("create serviceaccount", "--token=bogus create sa robot")
                    .fails("error: failed to create serviceaccount: Unauthorized\n"),
            kubectl("create secret", "--token=bogus create secret generic s --from-literal=a=b")
                    .fails("error: failed to create secret Unauthorized\n"),
            kubectl("create role", "--token=bogus create role r --verb=get --resource=pods").fails(LOGGED_OUT),
            kubectl("create token", "--token=bogus create token default").fails("error: failed to create token: Unauthorized\n"),
            kubectl("create -f fails downloading the OpenAPI it validates against", "--token=bogus create -f sa.yaml")
                    .fails("error: error validating \"sa.yaml\": error validating data: failed to download openapi: the server "
                            + "has asked for the client to provide credentials; if you choose to ignore these errors, turn "
                            + "validation off with --validate=false\n"),
            kubectl("apply -f", "--token=bogus apply -f sa.yaml")
                    .fails("error: error validating \"sa.yaml\": error validating data: failed to download openapi: the server "
                            + "has asked for the client to provide credentials; if you choose to ignore these errors, turn "
                            + "validation off with --validate=false\n"),
            kubectl("delete -f", "--token=bogus delete -f sa.yaml")
                    .fails("error: You must be logged in to the server (error when deleting \"sa.yaml\": Unauthorized)\n"),
            kubectl("edit", "--token=bogus edit sa default").withEnv("KUBE_EDITOR", "true").fails(LOGGED_OUT),
            kubectl("patch", "--token=bogus patch sa default -p '{}'").fails(LOGGED_OUT),
            kubectl("label", "--token=bogus label sa default a=b").fails(LOGGED_OUT),
            kubectl("annotate", "--token=bogus annotate sa default a=b").fails(LOGGED_OUT),
            kubectl("delete", "--token=bogus delete sa default").fails(LOGGED_OUT),
            kubectl("run", "--token=bogus run web --image=nginx").fails(LOGGED_OUT),
            kubectl("logs", "--token=bogus logs web").fails(LOGGED_OUT),
            kubectl("exec", "--token=bogus exec web -- ls").fails(LOGGED_OUT),
            kubectl("auth can-i", "--token=bogus auth can-i list pods").fails(LOGGED_OUT),
            kubectl("auth can-i --list", "--token=bogus auth can-i --list").fails(LOGGED_OUT),
            kubectl("auth whoami", "--token=bogus auth whoami").fails(LOGGED_OUT),
            // version prints the client half before it asks the server; the dispatcher then runs its built-in 1.32
            kubectl("version", "--token=bogus version").exits(1).prints("Client Version: v1.32.4-dispatcher\n"
                    + "Kustomize Version: v5.5.0\n").warns("error: You must be logged in to the server (the server has asked "
                    + "for the client to provide credentials)\n"),
        };
    }
}
