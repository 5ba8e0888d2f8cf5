package dev.rbaclab.isolation;

import javax.sql.DataSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Everything of one learner that another learner must not be able to change, read straight from the database
 * rather than through the routes under test: every object row of the sandbox (key, uid, resourceVersion, tombstone,
 * a digest of the body), the sandbox's own row (owner, admin token, last resourceVersion, RBAC revision, signing key
 * id), its static users, and the learner's record, progress, console history and console state. The audit log is
 * left out on purpose: a refused request to a cluster is audited by that cluster, as kube-apiserver does.
 */
record SandboxSnapshot(List<String> objects, List<String> sandbox, List<String> learner) {

    static SandboxSnapshot of(DataSource database, String sandboxId, String learnerId) {
        try (Connection connection = database.getConnection()) {
            return new SandboxSnapshot(
                    rows(connection, "SELECT api_group, resource, namespace, name, uid, resource_version, tombstone, body "
                            + "FROM objects WHERE sandbox_id = ? ORDER BY api_group, resource, namespace, name", sandboxId),
                    concat(rows(connection, "SELECT owner_id, admin_token, resource_version, rbac_revision, key_id "
                                    + "FROM sandboxes WHERE id = ?", sandboxId),
                            rows(connection, "SELECT token, user_name, uid, groups_json FROM static_tokens "
                                    + "WHERE sandbox_id = ? ORDER BY token", sandboxId)),
                    concat(rows(connection, "SELECT secret_hash, display_name, current_sandbox_id FROM learners WHERE id = ?",
                                    learnerId),
                            rows(connection, "SELECT lesson_id, step_id, status, score, attempts FROM step_progress "
                                    + "WHERE learner_id = ? ORDER BY lesson_id, step_id", learnerId),
                            rows(connection, "SELECT id, command, exit_code FROM console_history WHERE learner_id = ? ORDER BY id",
                                    learnerId),
                            rows(connection, "SELECT sandbox_id, kubeconfig, files, cwd FROM console_state WHERE learner_id = ? "
                                    + "ORDER BY sandbox_id", learnerId)));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many objects the sandbox itself holds (the shared defaults are not counted). */
    int ownObjects() {
        return objects.size();
    }

    private static List<String> rows(Connection connection, String sql, String key) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, key);
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int c = 1; c <= columns; c++) {
                        String value = result.getString(c);
                        // long columns (bodies, files) are compared by digest to keep failure messages readable
                        row.append(c == 1 ? "" : " | ").append(value != null && value.length() > 80 ? digest(value) : value);
                    }
                    rows.add(row.toString());
                }
            }
        }
        return rows;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    private static String digest(String text) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
