package dev.rbaclab.cluster.pods.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** curl's command line: the options the chapter uses, parsed as curl does. */
record CurlRequest(String url, String method, List<String> headers, String data, boolean insecure, String caCert,
                   boolean silent, boolean showErrors, boolean include, boolean fail, String outputFile) {

    static CurlRequest parse(List<String> args) {
        String url = null;
        String method = null;
        List<String> headers = new ArrayList<>();
        String data = null;
        boolean insecure = false;
        String caCert = null;
        boolean silent = false;
        boolean showErrors = false;
        boolean include = false;
        boolean fail = false;
        String output = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "-k", "--insecure" -> insecure = true;
                case "--cacert" -> caCert = next(args, ++i, arg);
                case "-H", "--header" -> headers.add(next(args, ++i, arg));
                case "-X", "--request" -> method = next(args, ++i, arg);
                case "-d", "--data", "--data-raw", "--data-binary" -> data = next(args, ++i, arg);
                case "-i", "--include" -> include = true;
                case "-f", "--fail" -> fail = true;
                case "-o", "--output" -> output = next(args, ++i, arg);
                case "-L", "--location", "-v", "--verbose", "--compressed" -> { }
                default -> {
                    if (arg.startsWith("-") && !arg.startsWith("--") && arg.length() > 2) {
                        // combined short options such as -sSk
                        for (char c : arg.substring(1).toCharArray()) {
                            switch (c) {
                                case 's' -> silent = true;
                                case 'S' -> showErrors = true;
                                case 'k' -> insecure = true;
                                case 'i' -> include = true;
                                case 'f' -> fail = true;
                                case 'L', 'v' -> { }
                                default -> throw new IllegalArgumentException("option -" + c + ": is unknown");
                            }
                        }
                    } else if (arg.equals("-s") || arg.equals("--silent")) {
                        silent = true;
                    } else if (arg.equals("-S") || arg.equals("--show-error")) {
                        showErrors = true;
                    } else if (arg.startsWith("-")) {
                        throw new IllegalArgumentException("option " + arg + ": is unknown");
                    } else {
                        url = arg;
                    }
                }
            }
        }
        return new CurlRequest(url, method, headers, data, insecure, caCert, silent, showErrors, include, fail, output);
    }

    private static String next(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException("option " + option + ": requires parameter");
        }
        return args.get(i);
    }

    String effectiveMethod() {
        return method != null ? method : data != null ? "POST" : "GET";
    }

    Map<String, List<String>> headerMap() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        map.put("User-Agent", List.of(Curl.USER_AGENT));
        map.put("Accept", List.of("*/*"));
        if (data != null) {
            map.put("Content-Type", List.of("application/x-www-form-urlencoded"));
        }
        for (String header : headers) {
            int colon = header.indexOf(':');
            if (colon > 0) {
                map.put(header.substring(0, colon).trim(), List.of(header.substring(colon + 1).trim()));
            }
        }
        return map;
    }
}
