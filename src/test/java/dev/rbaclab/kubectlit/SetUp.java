package dev.rbaclab.kubectlit;

import static dev.rbaclab.kubectlit.KubectlStep.kubectl;

/**
 * Set-up steps that several command families share. They are steps like the others: what they print is asserted
 * too, so a broken set-up fails where it happens rather than steps later. Everything lives in namespace foo.
 */
final class SetUp {

    private SetUp() {
    }

    static KubectlStep namespace(String name) {
        return kubectl("set up: namespace " + name, "create namespace " + name).prints("namespace/" + name + " created\n");
    }

    static KubectlStep serviceAccount(String name) {
        return kubectl("set up: serviceaccount " + name, "create serviceaccount " + name + " -n foo")
                .prints("serviceaccount/" + name + " created\n");
    }

    /** Secret db-pass: username admin, password s3cret. */
    static KubectlStep genericSecret() {
        return kubectl("set up: secret db-pass", "create secret generic db-pass --from-literal=username=admin "
                + "--from-literal=password=s3cret -n foo").prints("secret/db-pass created\n");
    }

    /** Secret regcred, a docker-registry secret for registry.example.com. */
    static KubectlStep pullSecret() {
        return kubectl("set up: secret regcred", "create secret docker-registry regcred --docker-server=registry.example.com "
                + "--docker-username=u --docker-password=p --docker-email=u@example.com -n foo").prints("secret/regcred created\n");
    }

    /** The book's Role service-reader and RoleBinding test for foo's default ServiceAccount (section 12.2.3). */
    static KubectlStep serviceReaderRole() {
        return kubectl("set up: role service-reader", "create role service-reader --verb=get --verb=list --resource=services "
                + "-n foo").prints("role.rbac.authorization.k8s.io/service-reader created\n");
    }

    static KubectlStep serviceReaderBinding() {
        return kubectl("set up: rolebinding test", "create rolebinding test --role=service-reader --serviceaccount=foo:default "
                + "-n foo").prints("rolebinding.rbac.authorization.k8s.io/test created\n");
    }

    /** The book's ClusterRole pv-reader and its ClusterRoleBinding pv-test for foo's default ServiceAccount. */
    static KubectlStep pvReaderRole() {
        return kubectl("set up: clusterrole pv-reader", "create clusterrole pv-reader --verb=get,list "
                + "--resource=persistentvolumes").prints("clusterrole.rbac.authorization.k8s.io/pv-reader created\n");
    }

    static KubectlStep pvReaderBinding() {
        return kubectl("set up: clusterrolebinding pv-test", "create clusterrolebinding pv-test --clusterrole=pv-reader "
                + "--serviceaccount=foo:default").prints("clusterrolebinding.rbac.authorization.k8s.io/pv-test created\n");
    }

    /** RoleBinding viewers: ClusterRole view for user alice, group devs and a ServiceAccount of foo. */
    static KubectlStep viewers(String serviceAccount) {
        return kubectl("set up: rolebinding viewers", "create rolebinding viewers --clusterrole=view --user=alice --group=devs "
                + "--serviceaccount=foo:" + serviceAccount + " -n foo").prints("rolebinding.rbac.authorization.k8s.io/viewers created\n");
    }

    /** Role pod-getter (get pods, nothing else) and its binding to bob. */
    static KubectlStep podGetterRole() {
        return kubectl("set up: role pod-getter", "create role pod-getter --verb=get --resource=pods -n foo")
                .prints("role.rbac.authorization.k8s.io/pod-getter created\n");
    }

    static KubectlStep bobGetsPods() {
        return kubectl("set up: bob may get pods", "create rolebinding bob-gets-pods --role=pod-getter --user=bob -n foo")
                .prints("rolebinding.rbac.authorization.k8s.io/bob-gets-pods created\n");
    }

    static KubectlStep aliceViewsFoo() {
        return kubectl("set up: alice may view foo", "create rolebinding alice-views --clusterrole=view --user=alice -n foo")
                .prints("rolebinding.rbac.authorization.k8s.io/alice-views created\n");
    }
}
