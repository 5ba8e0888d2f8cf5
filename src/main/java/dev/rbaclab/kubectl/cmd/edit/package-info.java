/**
 * {@code kubectl edit} split in two: open (an {@link dev.rbaclab.kubectl.EditSession}) and save (what kubectl does when its editor closes).
 */
package dev.rbaclab.kubectl.cmd.edit;
