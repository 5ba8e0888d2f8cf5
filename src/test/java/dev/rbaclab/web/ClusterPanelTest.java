package dev.rbaclab.web;

import dev.rbaclab.testing.LabExtension;
import dev.rbaclab.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cluster panel and its risk warnings are kept while the sandbox does not change (the browser asks after every
 * command); each change — a create, a delete, a binding — shows at the next ask, through the whole pipeline.
 */
class ClusterPanelTest {

    @RegisterExtension
    static LabExtension lab = LabExtension.withFixtureLessons();

    @Test
    void everyChangeShowsAtTheNextAsk() {
        WebClient learner = new WebClient(lab.get().webUrl()).start();
        String before = learner.get("/api/cluster").body();
        assertThat(before).doesNotContain("panel-sa");
        assertThat(learner.get("/api/cluster").body()).isEqualTo(before);

        learner.run("kubectl create serviceaccount panel-sa");
        assertThat(learner.get("/api/cluster").body()).contains("panel-sa");

        learner.run("kubectl get serviceaccounts");
        assertThat(learner.get("/api/cluster").body()).contains("panel-sa");

        learner.run("kubectl delete serviceaccount panel-sa");
        assertThat(learner.get("/api/cluster").body()).doesNotContain("panel-sa");
    }

    @Test
    void riskWarningsFollowTheBindings() {
        WebClient learner = new WebClient(lab.get().webUrl()).start();
        assertThat(learner.get("/api/cluster").body()).doesNotContain("everyone-views");

        learner.run("kubectl create clusterrolebinding everyone-views --clusterrole=view --group=system:unauthenticated");
        String risky = learner.get("/api/cluster").body();
        assertThat(risky).contains("everyone-views").contains("system:unauthenticated");

        learner.run("kubectl delete clusterrolebinding everyone-views");
        assertThat(learner.get("/api/cluster").body()).doesNotContain("everyone-views");
    }

    @Test
    void learnersDoNotShareAPanel() {
        WebClient ann = new WebClient(lab.get().webUrl()).start();
        WebClient ben = new WebClient(lab.get().webUrl()).start();
        ann.run("kubectl create serviceaccount anns-panel-sa");
        assertThat(ann.get("/api/cluster").body()).contains("anns-panel-sa");
        assertThat(ben.get("/api/cluster").body()).doesNotContain("anns-panel-sa");
    }
}
