/**
 * Client-side patches: kubectl apply's three-way strategic merge patch and last-applied annotation, and the JSON merge
 * patches of label and annotate.
 */
package dev.rbaclab.kubectl.apply;
