package dev.rbaclab.cluster.authn;

/** A credential was presented and is not valid; the request is refused with 401, never treated as anonymous. */
public final class AuthenticationException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public AuthenticationException(String reason, String messageKey, Object... args) {
        super(reason, null, false, false);
        this.messageKey = messageKey;
        this.args = args;
    }

    /** The explanation's message key for why the credential was refused. */
    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
