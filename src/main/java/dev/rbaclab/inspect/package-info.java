/** Lab views that make hidden things visible: what a token is, says and would authenticate as. */
package dev.rbaclab.inspect;
