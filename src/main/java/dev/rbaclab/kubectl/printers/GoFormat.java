package dev.rbaclab.kubectl.printers;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;

/** Go's formatting of numbers as kubectl's printers produce them (strconv.FormatFloat, encoding/json, fmt %v). */
public final class GoFormat {

    private GoFormat() {
    }

    /** A JSON number as go-yaml writes it: integers in decimal, floats with {@code FormatFloat(f, 'g', -1, 64)}. */
    static String number(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().toString();
        }
        if (node.isNumber()) {
            return formatG(node.doubleValue());
        }
        return node.asText();
    }

    /** fmt.Sprint of a decoded JSON value (int64 or float64), as table cells print. */
    public static String sprint(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().toString();
        }
        if (node.isNumber()) {
            return formatG(node.doubleValue());
        }
        return node.asText();
    }

    /** strconv.FormatFloat(f, 'g', -1, 64): shortest digits, exponent form below 1e-4 and from 1e6. */
    public static String formatG(double f) {
        if (Double.isNaN(f)) {
            return "NaN";
        }
        if (Double.isInfinite(f)) {
            return f > 0 ? "+Inf" : "-Inf";
        }
        if (f == 0) {
            return (1 / f < 0) ? "-0" : "0";
        }
        BigDecimal shortest = new BigDecimal(Double.toString(f)).stripTrailingZeros();
        int exponent = shortest.precision() - shortest.scale() - 1;
        // strconv/ftoa.go: "if precision was the shortest possible, use precision 6 for this decision"
        if (exponent < -4 || exponent >= 6) {
            return exponentForm(shortest, exponent);
        }
        return shortest.toPlainString();
    }

    /** encoding/json's float64: %f unless the magnitude is below 1e-6 or at least 1e21, then a cleaned-up %e. */
    public static String jsonFloat(double f) {
        double abs = Math.abs(f);
        BigDecimal shortest = new BigDecimal(Double.toString(f)).stripTrailingZeros();
        if (abs != 0 && (abs < 1e-6 || abs >= 1e21)) {
            int exponent = shortest.precision() - shortest.scale() - 1;
            String e = exponentForm(shortest, exponent);
            // encoding/json writes e-07 as e-7
            return e.replaceFirst("e([+-])0(\\d)$", "e$1$2");
        }
        return abs == 0 ? "0" : shortest.toPlainString();
    }

    private static String exponentForm(BigDecimal value, int exponent) {
        String digits = value.unscaledValue().abs().toString();
        StringBuilder sb = new StringBuilder();
        if (value.signum() < 0) {
            sb.append('-');
        }
        sb.append(digits.charAt(0));
        if (digits.length() > 1) {
            sb.append('.').append(digits, 1, digits.length());
        }
        sb.append('e').append(exponent < 0 ? '-' : '+');
        int abs = Math.abs(exponent);
        if (abs < 10) {
            sb.append('0');
        }
        return sb.append(abs).toString();
    }
}
