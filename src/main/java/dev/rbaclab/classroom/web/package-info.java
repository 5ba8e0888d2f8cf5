/**
 * The classroom on the web: instructor sign-in and pages, the live dashboard (server-sent events), grade exports and
 * the graders' API. Everything here is denied unless an instructor's session or API token says otherwise.
 */
package dev.rbaclab.classroom.web;
