package dev.rbaclab.cluster.pods;

/** What the simulated runtime knows about images. */
public final class Images {

    private Images() {
    }

    /** The book's ambassador image (luksa/kubectl-proxy) runs {@code kubectl proxy} on localhost:8001. */
    public static boolean isKubectlProxy(String image) {
        String repository = image.split("@")[0];
        int lastSlash = repository.lastIndexOf('/');
        int colon = repository.indexOf(':', lastSlash + 1);
        if (colon > 0) {
            repository = repository.substring(0, colon);
        }
        return repository.endsWith("kubectl-proxy");
    }
}
