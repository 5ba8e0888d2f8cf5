package dev.rbaclab.kubectlit;

import static dev.rbaclab.kubectlit.KubectlStep.kubectl;
import static dev.rbaclab.kubectlit.Normaliser.AGES;
import static dev.rbaclab.kubectlit.Normaliser.CONTAINER_RUNTIME;
import static dev.rbaclab.kubectlit.Normaliser.EVENTS_SECTION;
import static dev.rbaclab.kubectlit.Normaliser.POD_IPS;
import static dev.rbaclab.kubectlit.Normaliser.POD_IP_COLUMN;
import static dev.rbaclab.kubectlit.Normaliser.TIMESTAMPS;

/**
 * Pods as the chapter uses them: {@code run} (with the ServiceAccount admission plugin's defaulting and its 403),
 * {@code get pods} in each format, {@code describe pod}, {@code logs} and non-interactive {@code exec}, with the
 * pods/log and pods/exec subresources RBAC guards. A real cluster needs a few seconds before the pods are Running
 * (a test against one would {@code kubectl wait} first); the lab's simulated kubelet starts them at once.
 */
final class PodCommandCases {

    private PodCommandCases() {
    }

    static KubectlStep[] steps() {
        return new KubectlStep[] {
            SetUp.namespace("foo"),
            SetUp.serviceAccount("robot"),
            SetUp.aliceViewsFoo(),
            SetUp.podGetterRole(),
            SetUp.bobGetsPods(),

            kubectl("run the book's ambassador", "run test --image=luksa/kubectl-proxy -n foo").prints("pod/test created\n"),
            kubectl("run with labels, a command and another ServiceAccount", "run curl --image=curlimages/curl --labels=app=curl "
                    + "--overrides='{\"spec\":{\"serviceAccountName\":\"robot\"}}' -n foo --command -- sleep 3600")
                    .prints("pod/curl created\n"),
            kubectl("run a pod that exists", "run test --image=busybox -n foo")
                    .fails("Error from server (AlreadyExists): pods \"test\" already exists\n"),
            // plugin/pkg/admission/serviceaccount/admission.go looks the ServiceAccount up before the pod is stored
            kubectl("run with a missing ServiceAccount is refused by admission", "run ghost --image=busybox "
                    + "--overrides='{\"spec\":{\"serviceAccountName\":\"ghost\"}}' -n foo")
                    .fails("Error from server (Forbidden): pods \"ghost\" is forbidden: error looking up service account "
                            + "foo/ghost: serviceaccount \"ghost\" not found\n"),
            kubectl("run without permission is Forbidden", "--context alice run mine --image=busybox -n foo")
                    .fails("Error from server (Forbidden): pods is forbidden: User \"alice\" cannot create resource \"pods\" "
                            + "in API group \"\" in the namespace \"foo\"\n"),

            kubectl("admission gave the pod the default ServiceAccount", "get pod test -n foo -o "
                    + "jsonpath={.spec.serviceAccountName}").prints("default"),
            kubectl("admission mounted the token volume", "get pod curl -n foo -o jsonpath={.spec.containers[0].volumeMounts[0]"
                    + ".mountPath}").prints("/var/run/secrets/kubernetes.io/serviceaccount"),
            kubectl("get pods", "get pods -n foo").prints("""
                    NAME   READY   STATUS    RESTARTS   AGE
                    curl   1/1     Running   0          <age>
                    test   1/1     Running   0          <age>
                    """).normalised(AGES),
            kubectl("get pods -o wide adds IP, node, nominated node and readiness gates", "get pods -n foo -o wide").prints("""
                    NAME   READY   STATUS    RESTARTS   AGE     IP         NODE                NOMINATED NODE   READINESS GATES
                    curl   1/1     Running   0          <age>   <pod-ip>   lab-control-plane   <none>           <none>
                    test   1/1     Running   0          <age>   <pod-ip>   lab-control-plane   <none>           <none>
                    """).normalised(AGES, POD_IP_COLUMN),
            kubectl("get pods --show-labels shows the run label kubectl run adds", "get pods -n foo --show-labels").prints("""
                    NAME   READY   STATUS    RESTARTS   AGE     LABELS
                    curl   1/1     Running   0          <age>   app=curl
                    test   1/1     Running   0          <age>   run=test
                    """).normalised(AGES),
            kubectl("get pods -l -o name", "get pods -n foo -l run=test -o name").prints("pod/test\n"),
            kubectl("get pods -A -l", "get pods -A -l app=curl").prints("""
                    NAMESPACE   NAME   READY   STATUS    RESTARTS   AGE
                    foo         curl   1/1     Running   0          <age>
                    """).normalised(AGES),
            kubectl("describe pod", "describe pod curl -n foo").prints("""
                    Name:             curl
                    Namespace:        foo
                    Priority:         0
                    Service Account:  robot
                    Node:             lab-control-plane/172.18.0.2
                    Start Time:       <time>
                    Labels:           app=curl
                    Annotations:      <none>
                    Status:           Running
                    IP:               <pod-ip>
                    IPs:
                      IP:  <pod-ip>
                    Containers:
                      curl:
                        Container ID:  containerd://<id>
                        Image:         curlimages/curl
                        Image ID:      docker.io/curlimages/curl@sha256:<digest>
                        Port:          <none>
                        Host Port:     <none>
                        Command:
                          sleep
                          3600
                        State:          Running
                          Started:      <time>
                        Ready:          True
                        Restart Count:  0
                        Environment:    <none>
                        Mounts:
                          /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-<suffix> (ro)
                    Conditions:
                      Type                        Status
                      PodReadyToStartContainers   True\s
                      Initialized                 True\s
                      Ready                       True\s
                      ContainersReady             True\s
                      PodScheduled                True\s
                    Volumes:
                      kube-api-access-<suffix>:
                        Type:                    Projected (a volume that contains injected data from multiple sources)
                        TokenExpirationSeconds:  3607
                        ConfigMapName:           kube-root-ca.crt
                        ConfigMapOptional:       <nil>
                        DownwardAPI:             true
                    QoS Class:                   BestEffort
                    Node-Selectors:              <none>
                    Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                                                 node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
                    Events:  <not compared>
                    """).normalised(TIMESTAMPS, POD_IPS, CONTAINER_RUNTIME, EVENTS_SECTION),
            kubectl("describe a missing pod", "describe pod nope -n foo")
                    .fails("Error from server (NotFound): pods \"nope\" not found\n"),

            // luksa/kubectl-proxy runs kubectl proxy, which prints one line
            kubectl("logs", "logs test -n foo").prints("Starting to serve on 127.0.0.1:8001\n"),
            kubectl("logs of a container that printed nothing", "logs curl -n foo"),
            kubectl("logs of a container the pod does not have", "logs test -c nope -n foo")
                    .fails("error: container nope is not valid for pod test\n"),
            kubectl("logs of a missing pod", "logs nope -n foo")
                    .fails("error: error from server (NotFound): pods \"nope\" not found in namespace \"foo\"\n"),
            kubectl("logs as a viewer", "--context alice logs test -n foo").prints("Starting to serve on 127.0.0.1:8001\n"),
            kubectl("logs needs pods/log, not just pods", "--context bob logs test -n foo")
                    .fails("Error from server (Forbidden): pods \"test\" is forbidden: User \"bob\" cannot get resource "
                            + "\"pods/log\" in API group \"\" in the namespace \"foo\"\n"),

            kubectl("exec reads the mounted namespace file", "exec test -n foo -- "
                    + "cat /var/run/secrets/kubernetes.io/serviceaccount/namespace").prints("foo"),
            kubectl("exec lists the token volume", "exec curl -n foo -- ls /var/run/secrets/kubernetes.io/serviceaccount")
                    .prints("ca.crt\nnamespace\ntoken\n"),
            kubectl("exec -i passes stdin", "exec -i curl -n foo -- cat").withStdin("hello\n").prints("hello\n"),
            kubectl("exec of a failing command exits with its code", "exec curl -n foo -- sh -c 'exit 3'")
                    .exits(3).warns("command terminated with exit code 3\n"),
            kubectl("exec into a missing pod", "exec nope -n foo -- ls")
                    .fails("Error from server (NotFound): pods \"nope\" not found\n"),
            kubectl("exec into a container the pod does not have", "exec test -c nope -n foo -- ls")
                    .fails("Error from server (BadRequest): container nope is not valid for pod test\n"),
            // kubectl 1.32 tries a WebSocket (get pods/exec) and falls back to SPDY (create pods/exec) on a refusal
            kubectl("exec as a viewer is Forbidden", "--context alice exec test -n foo -- ls")
                    .fails("Error from server (Forbidden): pods \"test\" is forbidden: User \"alice\" cannot create resource "
                            + "\"pods/exec\" in API group \"\" in the namespace \"foo\"\n"),

            kubectl("delete pod", "delete pod test -n foo").prints("pod \"test\" deleted\n"),
            kubectl("a deleted pod is gone", "get pods -n foo -o name").prints("pod/curl\n"),
        };
    }
}
