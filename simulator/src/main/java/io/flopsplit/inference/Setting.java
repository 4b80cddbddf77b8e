package io.flopsplit.inference;

import io.flopsplit.compute.Checks;
import io.flopsplit.tasks.ProblemSet;
import io.flopsplit.tasks.TaskSuite;

/**
 * Where a strategy runs: a task suite, the pretraining loss of the answering model, and its
 * deployment. The problems (the suite's quadrature as met by this model) are computed once, when
 * first asked for (expectations read from tabulated curves never need them).
 */
public final class Setting {

    private final TaskSuite suite;
    private final double loss;
    private final Deployment deployment;
    private ProblemSet problems;

    public Setting(TaskSuite suite, double loss, Deployment deployment) {
        this.suite = Checks.present("suite", suite);
        this.loss = Checks.positive("loss", loss);
        this.deployment = Checks.present("deployment", deployment);
    }

    public TaskSuite suite() {
        return suite;
    }

    public double loss() {
        return loss;
    }

    public Deployment deployment() {
        return deployment;
    }

    public ProblemSet problems() {
        ProblemSet made = problems;
        if (made == null) {
            made = suite.problemsAt(loss);
            problems = made;
        }
        return made;
    }

    /** Shares of the wrong answers over the suite's distractors. */
    public double[] distractorShares() {
        return suite.distractors().shares();
    }
}
