package dev.rbaclab.cluster.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.sandbox.SandboxCreated;
import dev.rbaclab.testing.ApiClient;
import dev.rbaclab.testing.TestLab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * RBAC object validation through the real pipeline (HTTPS, authentication as the sandbox admin in system:masters so
 * that no escalation check interferes, admission, registry), ported from kubernetes/kubernetes
 * {@code pkg/apis/rbac/validation/validation_test.go}: {@code TestValidateClusterRoleBinding},
 * {@code TestValidateRoleBinding}, {@code TestValidateRoleBindingUpdate} and the {@code TestValidateRole*} functions.
 * Go asserts each error's type and field; here the whole 422 Status is checked — message, reason and every cause —
 * with the wording of validation.go and field/errors.go.
 *
 * <p>Not portable over HTTP: the "zero-length namespace" cases (a namespaced POST always takes its namespace from the
 * URL). The Go objects are sent as v1 JSON, so v1 defaulting (roleRef.apiGroup, User/Group apiGroup) applies first —
 * which is why the "bad group" cases name a wrong group explicitly, as the Go literal does.
 */
class RbacObjectValidationTest {

    private static final String RBAC = "/apis/rbac.authorization.k8s.io/v1";
    private static final String SUBDOMAIN_ERROR = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric "
            + "characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', "
            + "regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

    private static TestLab lab;
    private static ApiClient admin;

    @BeforeAll
    static void start() {
        lab = TestLab.start();
        SandboxCreated sandbox = lab.newSandbox();
        admin = lab.api(sandbox);
    }

    @AfterAll
    static void stop() {
        lab.close();
    }

    record Cause(String reason, String field, String message) {
    }

    static Stream<Arguments> invalidObjects() {
        String crbs = RBAC + "/clusterrolebindings";
        String rbs = RBAC + "/namespaces/default/rolebindings";
        String roles = RBAC + "/namespaces/default/roles";
        String clusterRoles = RBAC + "/clusterroles";
        return Stream.of(
                // TestValidateClusterRoleBinding
                invalid("ClusterRoleBinding: bad group", crbs,
                        binding("ClusterRoleBinding", "default", "rbac.GroupName", "ClusterRole", "valid", ""),
                        "ClusterRoleBinding.rbac.authorization.k8s.io \"default\" is invalid: roleRef.apiGroup: Unsupported value: \"rbac.GroupName\": supported values: \"rbac.authorization.k8s.io\"",
                        "default", "ClusterRoleBinding",
                        new Cause("FieldValueNotSupported", "roleRef.apiGroup",
                                "Unsupported value: \"rbac.GroupName\": supported values: \"rbac.authorization.k8s.io\"")),
                invalid("ClusterRoleBinding: bad kind", crbs,
                        binding("ClusterRoleBinding", "default", "rbac.authorization.k8s.io", "Type", "valid", ""),
                        "ClusterRoleBinding.rbac.authorization.k8s.io \"default\" is invalid: roleRef.kind: Unsupported value: \"Type\": supported values: \"ClusterRole\"",
                        "default", "ClusterRoleBinding",
                        new Cause("FieldValueNotSupported", "roleRef.kind", "Unsupported value: \"Type\": supported values: \"ClusterRole\"")),
                invalid("ClusterRoleBinding: reference role", crbs,
                        binding("ClusterRoleBinding", "default", "rbac.authorization.k8s.io", "Role", "valid", ""),
                        "ClusterRoleBinding.rbac.authorization.k8s.io \"default\" is invalid: roleRef.kind: Unsupported value: \"Role\": supported values: \"ClusterRole\"",
                        "default", "ClusterRoleBinding",
                        new Cause("FieldValueNotSupported", "roleRef.kind", "Unsupported value: \"Role\": supported values: \"ClusterRole\"")),
                invalid("ClusterRoleBinding: zero-length name", crbs,
                        binding("ClusterRoleBinding", "", "rbac.authorization.k8s.io", "ClusterRole", "valid", ""),
                        "ClusterRoleBinding.rbac.authorization.k8s.io \"\" is invalid: metadata.name: Required value: name or generateName is required",
                        "", "ClusterRoleBinding",
                        new Cause("FieldValueRequired", "metadata.name", "Required value: name or generateName is required")),
                invalid("ClusterRoleBinding: bad role", crbs,
                        binding("ClusterRoleBinding", "default", "rbac.authorization.k8s.io", "ClusterRole", "", ""),
                        "ClusterRoleBinding.rbac.authorization.k8s.io \"default\" is invalid: roleRef.name: Required value",
                        "default", "ClusterRoleBinding",
                        new Cause("FieldValueRequired", "roleRef.name", "Required value")),
                invalid("ClusterRoleBinding: bad subject kind", crbs,
                        binding("ClusterRoleBinding", "master", "rbac.authorization.k8s.io", "ClusterRole", "valid",
                                "{\"name\":\"subject\"}"),
                        "ClusterRoleBinding.rbac.authorization.k8s.io \"master\" is invalid: subjects[0].kind: Unsupported value: \"\": supported values: \"ServiceAccount\", \"User\", \"Group\"",
                        "master", "ClusterRoleBinding",
                        new Cause("FieldValueNotSupported", "subjects[0].kind",
                                "Unsupported value: \"\": supported values: \"ServiceAccount\", \"User\", \"Group\"")),
                invalid("ClusterRoleBinding: bad subject name", crbs,
                        binding("ClusterRoleBinding", "master", "rbac.authorization.k8s.io", "ClusterRole", "valid",
                                "{\"kind\":\"ServiceAccount\",\"namespace\":\"foo\",\"name\":\"subject:bad\"}"),
                        "ClusterRoleBinding.rbac.authorization.k8s.io \"master\" is invalid: subjects[0].name: Invalid value: \"subject:bad\": " + SUBDOMAIN_ERROR,
                        "master", "ClusterRoleBinding",
                        new Cause("FieldValueInvalid", "subjects[0].name", "Invalid value: \"subject:bad\": " + SUBDOMAIN_ERROR)),
                invalid("ClusterRoleBinding: missing SA namespace", crbs,
                        binding("ClusterRoleBinding", "master", "rbac.authorization.k8s.io", "ClusterRole", "valid",
                                "{\"kind\":\"ServiceAccount\",\"name\":\"good\"}"),
                        "ClusterRoleBinding.rbac.authorization.k8s.io \"master\" is invalid: subjects[0].namespace: Required value",
                        "master", "ClusterRoleBinding",
                        new Cause("FieldValueRequired", "subjects[0].namespace", "Required value")),
                invalid("ClusterRoleBinding: missing subject name", crbs,
                        binding("ClusterRoleBinding", "master", "rbac.authorization.k8s.io", "ClusterRole", "valid",
                                "{\"kind\":\"ServiceAccount\",\"namespace\":\"foo\"}"),
                        "ClusterRoleBinding.rbac.authorization.k8s.io \"master\" is invalid: subjects[0].name: Required value",
                        "master", "ClusterRoleBinding",
                        new Cause("FieldValueRequired", "subjects[0].name", "Required value")),

                // TestValidateRoleBinding
                invalid("RoleBinding: bad group", rbs,
                        binding("RoleBinding", "default", "rbac.GroupName", "ClusterRole", "valid", ""),
                        "RoleBinding.rbac.authorization.k8s.io \"default\" is invalid: roleRef.apiGroup: Unsupported value: \"rbac.GroupName\": supported values: \"rbac.authorization.k8s.io\"",
                        "default", "RoleBinding",
                        new Cause("FieldValueNotSupported", "roleRef.apiGroup",
                                "Unsupported value: \"rbac.GroupName\": supported values: \"rbac.authorization.k8s.io\"")),
                invalid("RoleBinding: bad kind", rbs,
                        binding("RoleBinding", "default", "rbac.authorization.k8s.io", "Type", "valid", ""),
                        "RoleBinding.rbac.authorization.k8s.io \"default\" is invalid: roleRef.kind: Unsupported value: \"Type\": supported values: \"Role\", \"ClusterRole\"",
                        "default", "RoleBinding",
                        new Cause("FieldValueNotSupported", "roleRef.kind",
                                "Unsupported value: \"Type\": supported values: \"Role\", \"ClusterRole\"")),
                invalid("RoleBinding: zero-length name", rbs,
                        binding("RoleBinding", "", "rbac.authorization.k8s.io", "Role", "valid", ""),
                        "RoleBinding.rbac.authorization.k8s.io \"\" is invalid: metadata.name: Required value: name or generateName is required",
                        "", "RoleBinding",
                        new Cause("FieldValueRequired", "metadata.name", "Required value: name or generateName is required")),
                invalid("RoleBinding: bad role", rbs,
                        binding("RoleBinding", "default", "rbac.authorization.k8s.io", "Role", "", ""),
                        "RoleBinding.rbac.authorization.k8s.io \"default\" is invalid: roleRef.name: Required value",
                        "default", "RoleBinding",
                        new Cause("FieldValueRequired", "roleRef.name", "Required value")),
                invalid("RoleBinding: bad subject kind", rbs,
                        binding("RoleBinding", "master", "rbac.authorization.k8s.io", "Role", "valid", "{\"name\":\"subject\"}"),
                        "RoleBinding.rbac.authorization.k8s.io \"master\" is invalid: subjects[0].kind: Unsupported value: \"\": supported values: \"ServiceAccount\", \"User\", \"Group\"",
                        "master", "RoleBinding",
                        new Cause("FieldValueNotSupported", "subjects[0].kind",
                                "Unsupported value: \"\": supported values: \"ServiceAccount\", \"User\", \"Group\"")),
                invalid("RoleBinding: bad subject name", rbs,
                        binding("RoleBinding", "master", "rbac.authorization.k8s.io", "Role", "valid",
                                "{\"kind\":\"ServiceAccount\",\"name\":\"subject:bad\"}"),
                        "RoleBinding.rbac.authorization.k8s.io \"master\" is invalid: subjects[0].name: Invalid value: \"subject:bad\": " + SUBDOMAIN_ERROR,
                        "master", "RoleBinding",
                        new Cause("FieldValueInvalid", "subjects[0].name", "Invalid value: \"subject:bad\": " + SUBDOMAIN_ERROR)),
                invalid("RoleBinding: missing subject name", rbs,
                        binding("RoleBinding", "master", "rbac.authorization.k8s.io", "Role", "valid", "{\"kind\":\"ServiceAccount\"}"),
                        "RoleBinding.rbac.authorization.k8s.io \"master\" is invalid: subjects[0].name: Required value",
                        "master", "RoleBinding",
                        new Cause("FieldValueRequired", "subjects[0].name", "Required value")),

                // TestValidateRole*
                invalid("TestValidateRoleZeroLengthName", roles,
                        "{\"apiVersion\":\"rbac.authorization.k8s.io/v1\",\"kind\":\"Role\",\"metadata\":{}}",
                        "Role.rbac.authorization.k8s.io \"\" is invalid: metadata.name: Required value: name or generateName is required",
                        "", "Role",
                        new Cause("FieldValueRequired", "metadata.name", "Required value: name or generateName is required")),
                invalid("TestValidateRoleNamespacedNonResourceURL", roles,
                        role("Role", "{\"verbs\":[\"get\"],\"nonResourceURLs\":[\"/*\"]}"),
                        "Role.rbac.authorization.k8s.io \"default\" is invalid: rules[0].nonResourceURLs: Invalid value: []string{\"/*\"}: namespaced rules cannot apply to non-resource URLs",
                        "default", "Role",
                        new Cause("FieldValueInvalid", "rules[0].nonResourceURLs",
                                "Invalid value: []string{\"/*\"}: namespaced rules cannot apply to non-resource URLs")),
                invalid("TestValidateRoleNonResourceURLNoVerbs", clusterRoles,
                        role("ClusterRole", "{\"verbs\":[],\"nonResourceURLs\":[\"/*\"]}"),
                        "ClusterRole.rbac.authorization.k8s.io \"default\" is invalid: rules[0].verbs: Required value: verbs must contain at least one value",
                        "default", "ClusterRole",
                        new Cause("FieldValueRequired", "rules[0].verbs", "Required value: verbs must contain at least one value")),
                invalid("TestValidateRoleMixedNonResourceAndResource", roles,
                        role("Role", "{\"verbs\":[\"get\"],\"nonResourceURLs\":[\"/*\"],\"apiGroups\":[\"v1\"],\"resources\":[\"pods\"]}"),
                        "Role.rbac.authorization.k8s.io \"default\" is invalid: [rules[0].nonResourceURLs: Invalid value: []string{\"/*\"}: namespaced rules cannot apply to non-resource URLs, rules[0].nonResourceURLs: Invalid value: []string{\"/*\"}: rules cannot apply to both regular resources and non-resource URLs]",
                        "default", "Role",
                        new Cause("FieldValueInvalid", "rules[0].nonResourceURLs",
                                "Invalid value: []string{\"/*\"}: namespaced rules cannot apply to non-resource URLs"),
                        new Cause("FieldValueInvalid", "rules[0].nonResourceURLs",
                                "Invalid value: []string{\"/*\"}: rules cannot apply to both regular resources and non-resource URLs")),
                invalid("TestValidateRoleNoAPIGroup", roles,
                        role("Role", "{\"verbs\":[\"get\"],\"resources\":[\"pods\"]}"),
                        "Role.rbac.authorization.k8s.io \"default\" is invalid: rules[0].apiGroups: Required value: resource rules must supply at least one api group",
                        "default", "Role",
                        new Cause("FieldValueRequired", "rules[0].apiGroups", "Required value: resource rules must supply at least one api group")),
                invalid("TestValidateRoleNoResources", roles,
                        role("Role", "{\"verbs\":[\"get\"],\"apiGroups\":[\"v1\"]}"),
                        "Role.rbac.authorization.k8s.io \"default\" is invalid: rules[0].resources: Required value: resource rules must supply at least one resource",
                        "default", "Role",
                        new Cause("FieldValueRequired", "rules[0].resources", "Required value: resource rules must supply at least one resource")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidObjects")
    void refusesWithKubernetesWording(String name, String path, String body, String message, String objectName,
                                      String kind, List<Cause> causes) {
        ApiClient.Response response = admin.post(path, body);

        assertThat(response.code()).as(response.body()).isEqualTo(422);
        JsonNode status = response.json();
        assertThat(status.path("kind").asText()).isEqualTo("Status");
        assertThat(status.path("status").asText()).isEqualTo("Failure");
        assertThat(status.path("reason").asText()).isEqualTo("Invalid");
        assertThat(status.path("code").asInt()).isEqualTo(422);
        assertThat(status.path("message").asText()).isEqualTo(message);
        assertThat(status.path("details").path("name").asText()).isEqualTo(objectName);
        assertThat(status.path("details").path("group").asText()).isEqualTo("rbac.authorization.k8s.io");
        assertThat(status.path("details").path("kind").asText()).isEqualTo(kind);
        List<Cause> actual = new ArrayList<>();
        status.path("details").path("causes").forEach(c -> actual.add(
                new Cause(c.path("reason").asText(), c.path("field").asText(), c.path("message").asText())));
        assertThat(actual).containsExactlyElementsOf(causes);
    }

    /** The success cases of the Go tests: the valid objects are created. */
    static Stream<Arguments> validObjects() {
        return Stream.of(
                arguments("TestValidateClusterRoleBinding: valid", RBAC + "/clusterrolebindings",
                        binding("ClusterRoleBinding", "master", "rbac.authorization.k8s.io", "ClusterRole", "valid",
                                "{\"name\":\"validsaname\",\"namespace\":\"foo\",\"kind\":\"ServiceAccount\"},"
                                        + "{\"name\":\"valid@username\",\"kind\":\"User\"},"
                                        + "{\"name\":\"valid@groupname\",\"kind\":\"Group\"}")),
                arguments("TestValidateRoleBinding: valid", RBAC + "/namespaces/default/rolebindings",
                        binding("RoleBinding", "master", "rbac.authorization.k8s.io", "Role", "valid",
                                "{\"name\":\"validsaname\",\"kind\":\"ServiceAccount\"},"
                                        + "{\"name\":\"valid@username\",\"kind\":\"User\"},"
                                        + "{\"name\":\"valid@groupname\",\"kind\":\"Group\"}")),
                arguments("TestValidateRoleValidRole", RBAC + "/namespaces/default/roles",
                        "{\"apiVersion\":\"rbac.authorization.k8s.io/v1\",\"kind\":\"Role\",\"metadata\":{\"name\":\"default\"}}"),
                arguments("TestValidateRoleValidRoleNoNamespace", RBAC + "/clusterroles",
                        "{\"apiVersion\":\"rbac.authorization.k8s.io/v1\",\"kind\":\"ClusterRole\",\"metadata\":{\"name\":\"no-rules\"}}"),
                arguments("TestValidateRoleNonResourceURL", RBAC + "/clusterroles",
                        "{\"apiVersion\":\"rbac.authorization.k8s.io/v1\",\"kind\":\"ClusterRole\",\"metadata\":{\"name\":\"urls\"},"
                                + "\"rules\":[{\"verbs\":[\"get\"],\"nonResourceURLs\":[\"/*\"]}]}"),
                arguments("TestValidateRoleValidResource", RBAC + "/namespaces/default/roles",
                        "{\"apiVersion\":\"rbac.authorization.k8s.io/v1\",\"kind\":\"Role\",\"metadata\":{\"name\":\"pods\"},"
                                + "\"rules\":[{\"verbs\":[\"get\"],\"apiGroups\":[\"v1\"],\"resources\":[\"pods\"]}]}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validObjects")
    void createsValidObjects(String name, String path, String body) {
        ApiClient.Response response = admin.post(path, body);

        assertThat(response.code()).as(response.body()).isEqualTo(201);
    }

    /** TestValidateRoleBindingUpdate, changedRef: the roleRef is printed with Go's %#v of the internal rbac.RoleRef. */
    @Test
    void theRoleRefOfABindingCannotChange() {
        String path = RBAC + "/namespaces/default/rolebindings";
        assertThat(admin.post(path, binding("RoleBinding", "immutable", "rbac.authorization.k8s.io", "Role", "valid", ""))
                .code()).isEqualTo(201);
        JsonNode stored = admin.get(path + "/immutable").json();
        ((com.fasterxml.jackson.databind.node.ObjectNode) stored.path("roleRef")).put("name", "changed");

        ApiClient.Response response = admin.put(path + "/immutable", stored.toString());

        assertThat(response.code()).as(response.body()).isEqualTo(422);
        String roleRef = "rbac.RoleRef{APIGroup:\"rbac.authorization.k8s.io\", Kind:\"Role\", Name:\"changed\"}";
        assertThat(response.json().path("message").asText()).isEqualTo("RoleBinding.rbac.authorization.k8s.io \"immutable\" "
                + "is invalid: roleRef: Invalid value: " + roleRef + ": cannot change roleRef");
        JsonNode cause = response.json().path("details").path("causes").get(0);
        assertThat(cause.path("reason").asText()).isEqualTo("FieldValueInvalid");
        assertThat(cause.path("field").asText()).isEqualTo("roleRef");
        assertThat(cause.path("message").asText()).isEqualTo("Invalid value: " + roleRef + ": cannot change roleRef");
    }

    private static Arguments invalid(String name, String path, String body, String message, String objectName,
                                     String kind, Cause... causes) {
        return arguments(name, path, body, message, objectName, kind, List.of(causes));
    }

    private static String binding(String kind, String name, String roleGroup, String roleKind, String roleName,
                                  String subjects) {
        String metadata = name.isEmpty() ? "{}" : "{\"name\":\"" + name + "\"}";
        return "{\"apiVersion\":\"rbac.authorization.k8s.io/v1\",\"kind\":\"" + kind + "\",\"metadata\":" + metadata
                + ",\"roleRef\":{\"apiGroup\":\"" + roleGroup + "\",\"kind\":\"" + roleKind + "\",\"name\":\"" + roleName
                + "\"},\"subjects\":[" + subjects + "]}";
    }

    private static String role(String kind, String rule) {
        return "{\"apiVersion\":\"rbac.authorization.k8s.io/v1\",\"kind\":\"" + kind + "\",\"metadata\":{\"name\":\"default\"},"
                + "\"rules\":[" + rule + "]}";
    }
}
