package dev.rbaclab.explain;

/** How a line reads at a glance: plain information, something that held, failed, nearly held, or a fix. */
public enum Mark {
    INFO, PASS, FAIL, NEAR_MISS, FIX
}
