/**
 * Benchmarks — never timed tests. Each prints its figures beside a baseline measured in the same run; the latest
 * figures are in BENCHMARKS.md with the command that produced them.
 */
package dev.rbaclab.bench;
