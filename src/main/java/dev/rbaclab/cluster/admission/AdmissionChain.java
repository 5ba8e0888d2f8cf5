package dev.rbaclab.cluster.admission;

import java.util.List;

/** Runs plugins in order (admission/chain.go): every admit, then, after the object was validated, every validate. */
public final class AdmissionChain implements AdmissionPlugin {

    private final List<AdmissionPlugin> plugins;

    public AdmissionChain(List<AdmissionPlugin> plugins) {
        this.plugins = List.copyOf(plugins);
    }

    @Override
    public void admit(AdmissionRequest request) {
        for (AdmissionPlugin plugin : plugins) {
            plugin.admit(request);
        }
    }

    @Override
    public void validate(AdmissionRequest request) {
        for (AdmissionPlugin plugin : plugins) {
            plugin.validate(request);
        }
    }
}
