package dev.rbaclab.cluster.pods.shell;

/** A lexical token of a command line: a raw word (quotes still in it) or an operator. */
record Token(Kind kind, String text) {

    enum Kind { WORD, PIPE, AND, OR, SEMICOLON, REDIRECT }

    static Token word(String text) {
        return new Token(Kind.WORD, text);
    }
}
