/**
 * The console's kubectl: an in-process kubectl v1.32 that sends the API requests the real kubectl sends through an
 * {@link dev.rbaclab.kubectl.ApiTransport} and prints what the real kubectl prints. Entry point: {@link dev.rbaclab.kubectl.Kubectl};
 * extension points: {@link dev.rbaclab.kubectl.PodExec}, {@link dev.rbaclab.kubectl.KubectlProxy}; console-only texts:
 * {@link dev.rbaclab.kubectl.ConsoleMessages}.
 */
package dev.rbaclab.kubectl;
