package dev.rbaclab.cluster.server.protobuf;

import dev.rbaclab.cluster.api.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.rbaclab.cluster.server.protobuf.ProtoWriter.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The decoding rules on bodies written by hand: what kubectl's generators never send but clients may. */
class DecodingRulesTest {

    private static final String CORE = "v1";
    private static final String RBAC = "rbac.authorization.k8s.io/v1";

    static Stream<Arguments> cases() {
        ProtoWriter emptyMeta = new ProtoWriter();
        return Stream.of(
                arguments("a pointer bool keeps false: automountServiceAccountToken",
                        body(CORE, "ServiceAccount", new ProtoWriter()
                                .message(1, new ProtoWriter().string(1, "robot").string(3, ""))
                                .message(2, new ProtoWriter().string(1, "Secret").string(3, "robot-token"))
                                .message(3, new ProtoWriter().string(1, "regcred"))
                                .varint(4, 0)),
                        """
                        {"apiVersion":"v1","kind":"ServiceAccount","metadata":{"name":"robot"},
                         "secrets":[{"kind":"Secret","name":"robot-token"}],
                         "imagePullSecrets":[{"name":"regcred"}],"automountServiceAccountToken":false}"""),
                arguments("a pointer bool keeps false (immutable), a non-pointer empty string (type) is absent",
                        body(CORE, "Secret", new ProtoWriter()
                                .message(1, emptyMeta)
                                .varint(5, 0)
                                .string(3, "")
                                .entry(4, "password", "s3cret")),
                        """
                        {"apiVersion":"v1","kind":"Secret","immutable":false,"stringData":{"password":"s3cret"}}"""),
                arguments("times are RFC 3339 at second precision in UTC, the zero time is absent",
                        body(CORE, "Namespace", new ProtoWriter()
                                .message(1, new ProtoWriter().string(1, "foo")
                                        .message(8, new ProtoWriter().varint(1, 1_700_000_000L).varint(2, 123))
                                        .message(9, new ProtoWriter())
                                        .entry(11, "team", "a").entry(11, "tier", "b")
                                        .entry(12, "note", "")
                                        .message(13, new ProtoWriter().string(1, "Deployment").string(3, "d")
                                                .string(4, "u-1").string(5, "apps/v1").varint(6, 1).varint(7, 0))
                                        .string(14, "kubernetes"))),
                        """
                        {"apiVersion":"v1","kind":"Namespace","metadata":{"name":"foo",
                         "creationTimestamp":"2023-11-14T22:13:20Z","labels":{"team":"a","tier":"b"},
                         "annotations":{"note":""},
                         "ownerReferences":[{"kind":"Deployment","name":"d","uid":"u-1","apiVersion":"apps/v1",
                                             "controller":true,"blockOwnerDeletion":false}],
                         "finalizers":["kubernetes"]}}"""),
                arguments("an empty pointer message is kept: aggregationRule {}",
                        body(RBAC, "ClusterRole", new ProtoWriter()
                                .message(1, new ProtoWriter().string(1, "agg"))
                                .message(3, new ProtoWriter())),
                        """
                        {"apiVersion":"rbac.authorization.k8s.io/v1","kind":"ClusterRole",
                         "metadata":{"name":"agg"},"aggregationRule":{}}"""),
                arguments("repeated strings keep empty elements: apiGroups [\"\"]",
                        body(RBAC, "Role", new ProtoWriter()
                                .message(2, new ProtoWriter().string(1, "get").string(2, "").string(3, "pods"))
                                .message(2, new ProtoWriter().string(1, "*").string(2, "apps").string(3, "*"))),
                        """
                        {"apiVersion":"rbac.authorization.k8s.io/v1","kind":"Role","rules":[
                          {"verbs":["get"],"apiGroups":[""],"resources":["pods"]},
                          {"verbs":["*"],"apiGroups":["apps"],"resources":["*"]}]}"""),
                arguments("selector attributes of a SelfSubjectAccessReview",
                        body("authorization.k8s.io/v1", "SelfSubjectAccessReview", new ProtoWriter()
                                .message(2, new ProtoWriter().message(1, new ProtoWriter()
                                        .string(1, "foo").string(2, "list").string(3, "").string(4, "v1")
                                        .string(5, "pods")
                                        .message(8, new ProtoWriter().string(1, "spec.nodeName=n1")
                                                .message(2, new ProtoWriter().string(1, "spec.nodeName")
                                                        .string(2, "In").string(3, "n1")))
                                        .message(9, new ProtoWriter().message(2, new ProtoWriter()
                                                .string(1, "app").string(2, "Exists")))))
                                .message(3, new ProtoWriter().varint(1, 0))),
                        """
                        {"apiVersion":"authorization.k8s.io/v1","kind":"SelfSubjectAccessReview",
                         "spec":{"resourceAttributes":{"namespace":"foo","verb":"list","version":"v1",
                           "resource":"pods",
                           "fieldSelector":{"rawSelector":"spec.nodeName=n1",
                             "requirements":[{"key":"spec.nodeName","operator":"In","values":["n1"]}]},
                           "labelSelector":{"requirements":[{"key":"app","operator":"Exists"}]}}}}"""),
                arguments("inline structs: key selectors and volume sources join their parent object",
                        body("apps/v1", "Deployment", new ProtoWriter()
                                .message(2, new ProtoWriter()
                                        .message(3, new ProtoWriter().message(2, podSpecWithSecretEnvAndVolumes())))),
                        """
                        {"apiVersion":"apps/v1","kind":"Deployment","spec":{"template":{"spec":{
                          "volumes":[{"name":"token","secret":{"secretName":"robot-token","defaultMode":420}},
                                     {"name":"scratch","emptyDir":{}},
                                     {"name":"settings","configMap":{"name":"app","optional":false}}],
                          "containers":[{"name":"app","image":"busybox",
                            "env":[{"name":"PASSWORD","valueFrom":{"secretKeyRef":{"name":"db","key":"password"}}}],
                            "volumeMounts":[{"name":"token","readOnly":true,"mountPath":"/var/run/secrets/t"}],
                            "securityContext":{"runAsUser":0}}],
                          "serviceAccountName":"robot","automountServiceAccountToken":false}}}}"""),
                arguments("negative int32 and a large int64",
                        body("scheduling.k8s.io/v1", "PriorityClass", new ProtoWriter()
                                .message(1, new ProtoWriter().string(1, "low").varint(10, 5_000_000_000L))
                                .varint(2, -5L)),
                        """
                        {"apiVersion":"scheduling.k8s.io/v1","kind":"PriorityClass",
                         "metadata":{"name":"low","deletionGracePeriodSeconds":5000000000},"value":-5}"""),
                arguments("unknown fields of every wire type are skipped",
                        body(CORE, "ConfigMap", new ProtoWriter()
                                .message(1, new ProtoWriter().string(1, "c").string(99, "future"))
                                .varint(98, 7)
                                .tag(97, WireReader.FIXED64).raw(1, 2, 3, 4, 5, 6, 7, 8)
                                .tag(96, WireReader.FIXED32).raw(1, 2, 3, 4)
                                .entry(2, "a", "b")),
                        """
                        {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c"},"data":{"a":"b"}}"""),
                arguments("a later occurrence of a field replaces an earlier one; a map entry without value is empty",
                        body(CORE, "ConfigMap", new ProtoWriter()
                                .message(1, new ProtoWriter().string(1, "first").string(1, "second"))
                                .message(2, new ProtoWriter().string(1, "keyOnly"))),
                        """
                        {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"second"},"data":{"keyOnly":""}}"""),
                arguments("IntOrString and Quantity: targetPort by name, a quantity map",
                        body(CORE, "ResourceQuota", new ProtoWriter()
                                .message(2, new ProtoWriter()
                                        .message(1, new ProtoWriter().string(1, "requests.cpu")
                                                .message(2, new ProtoWriter().string(1, "500m")))
                                        .message(3, new ProtoWriter()))),
                        """
                        {"apiVersion":"v1","kind":"ResourceQuota",
                         "spec":{"hard":{"requests.cpu":"500m"},"scopeSelector":{}}}"""));
    }

    private static ProtoWriter podSpecWithSecretEnvAndVolumes() {
        ProtoWriter container = new ProtoWriter()
                .string(1, "app").string(2, "busybox")
                .message(7, new ProtoWriter().string(1, "PASSWORD")
                        .message(3, new ProtoWriter().message(4, new ProtoWriter()
                                .message(1, new ProtoWriter().string(1, "db")).string(2, "password"))))
                .message(8, new ProtoWriter())
                .message(9, new ProtoWriter().string(1, "token").varint(2, 1).string(3, "/var/run/secrets/t"))
                .message(15, new ProtoWriter().varint(4, 0));
        return new ProtoWriter()
                .message(1, new ProtoWriter().string(1, "token")
                        .message(2, new ProtoWriter().message(6, new ProtoWriter()
                                .string(1, "robot-token").varint(3, 420))))
                .message(1, new ProtoWriter().string(1, "scratch")
                        .message(2, new ProtoWriter().message(2, new ProtoWriter())))
                .message(1, new ProtoWriter().string(1, "settings")
                        .message(2, new ProtoWriter().message(19, new ProtoWriter()
                                .message(1, new ProtoWriter().string(1, "app")).varint(4, 0))))
                .message(2, container)
                .string(8, "robot")
                .varint(21, 0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decodes(String rule, byte[] body, String expectedJson) throws Exception {
        assertThat(new ProtobufBodyDecoder().decode(body)).isEqualTo(Json.MAPPER.readTree(expectedJson));
    }
}
