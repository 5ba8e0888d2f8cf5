/**
 * {@code kubectl config} subcommands on the console's kubeconfig value.
 */
package dev.rbaclab.kubectl.cmd.config;
