/**
 * The web UI and the lab's own HTTP API (sandboxes, audit, users): Javalin routes declared in one place, small
 * handlers that throw, one exception mapper, Thymeleaf pages in English and Korean.
 */
package dev.rbaclab.web;
