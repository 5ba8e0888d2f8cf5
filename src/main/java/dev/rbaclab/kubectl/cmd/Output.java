package dev.rbaclab.kubectl.cmd;

/** The two streams of one command. */
public final class Output {

    private final StringBuilder out = new StringBuilder();
    private final StringBuilder err = new StringBuilder();

    public Output print(String text) {
        out.append(text);
        return this;
    }

    public Output println(String text) {
        out.append(text).append('\n');
        return this;
    }

    public Output printErr(String text) {
        err.append(text);
        return this;
    }

    public StringBuilder stdout() {
        return out;
    }

    public StringBuilder stderr() {
        return err;
    }
}
