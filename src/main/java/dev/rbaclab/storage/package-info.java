/** The database: connection pool, Flyway migrations from {@code db/migration}, and the shared {@link org.jdbi.v3.core.Jdbi}. */
package dev.rbaclab.storage;
