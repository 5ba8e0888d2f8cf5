/**
 * Output formats as kubectl writes them: go-yaml, encoding/json, text/tabwriter, server-side tables, jsonpath, ages.
 */
package dev.rbaclab.kubectl.printers;
