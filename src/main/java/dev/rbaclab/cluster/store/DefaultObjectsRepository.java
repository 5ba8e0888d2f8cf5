package dev.rbaclab.cluster.store;

import dev.rbaclab.cluster.api.Json;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.util.Optional;

/**
 * Keeps the database copy of the shared default objects (sandbox_id '') equal to what this version of the lab
 * computes, replacing it in one transaction when the digest changes.
 */
public final class DefaultObjectsRepository {

    private final Jdbi jdbi;

    public DefaultObjectsRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void synchronize(DefaultObjects defaults) {
        jdbi.useTransaction(handle -> {
            Optional<String> stored = handle.createQuery("SELECT digest FROM default_objects_version WHERE id = 1 FOR UPDATE")
                    .mapTo(String.class).findOne();
            if (stored.isPresent() && stored.get().equals(defaults.digest())) {
                return;
            }
            handle.createUpdate("DELETE FROM objects WHERE sandbox_id = ''").execute();
            PreparedBatch batch = handle.prepareBatch("INSERT INTO objects (sandbox_id, api_group, resource, namespace, "
                    + "name, uid, resource_version, tombstone, body) VALUES ('', :group, :resource, :namespace, :name, "
                    + ":uid, :rv, FALSE, :body)");
            for (DefaultObjects.Entry entry : defaults.entries()) {
                ObjectKey key = entry.key();
                batch.bind("group", key.group()).bind("resource", key.resource()).bind("namespace", key.namespace())
                        .bind("name", key.name()).bind("uid", DefaultObjects.uidFor("", key))
                        .bind("rv", entry.resourceVersion()).bind("body", Json.write(entry.template())).add();
            }
            batch.execute();
            handle.createUpdate("DELETE FROM default_objects_version").execute();
            handle.createUpdate("INSERT INTO default_objects_version (id, digest) VALUES (1, :digest)")
                    .bind("digest", defaults.digest()).execute();
        });
    }

}
