package dev.rbaclab.cluster.tokens;

/** What a bound token is bound to: a Pod or a Secret (name and uid), optionally with the pod's node. */
public record BoundObject(String kind, String name, String uid, String nodeName, String nodeUid) {

    public static BoundObject pod(String name, String uid, String nodeName, String nodeUid) {
        return new BoundObject("Pod", name, uid, nodeName, nodeUid);
    }

    public static BoundObject secret(String name, String uid) {
        return new BoundObject("Secret", name, uid, "", "");
    }
}
