package dev.rbaclab.grading;

import dev.rbaclab.cluster.api.UserInfo;
import dev.rbaclab.lessons.Subject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The identity a check's subject stands for, as the API server would see it authenticated. */
final class Subjects {

    /** A user name no binding names, for asking what a group alone may do. */
    static final String GROUP_PROBE = "system:lab:group-probe";

    private Subjects() {
    }

    static UserInfo user(Subject subject) {
        switch (subject.kind()) {
            case "ServiceAccount":
                return new UserInfo("system:serviceaccount:" + subject.namespace() + ":" + subject.name(), "",
                        List.of("system:serviceaccounts", "system:serviceaccounts:" + subject.namespace(),
                                UserInfo.AUTHENTICATED), Map.of());
            case "Group":
                return new UserInfo(GROUP_PROBE, "", List.of(subject.name()), Map.of());
            default:
                List<String> groups = new ArrayList<>(subject.groups());
                if (subject.name().equals(UserInfo.ANONYMOUS)) {
                    groups.add(UserInfo.UNAUTHENTICATED);
                } else if (!groups.contains(UserInfo.AUTHENTICATED)) {
                    groups.add(UserInfo.AUTHENTICATED);
                }
                return new UserInfo(subject.name(), "", groups, Map.of());
        }
    }
}
