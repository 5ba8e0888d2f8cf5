/** The first stage of the pipeline: HTTP method + path + query → {@link dev.rbaclab.cluster.api.RequestInfo}. */
package dev.rbaclab.cluster.request;
