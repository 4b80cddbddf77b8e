package io.flopsplit.scenario;

import io.flopsplit.trial.World;
import io.flopsplit.uncertainty.Fixed;

/**
 * Ready-made worlds for playing trials from code, without a scenario file: every scenario key at
 * its default (see {@code flopsplit reference}: the {@code chinchilla} law, a pool of 10 trillion
 * unique tokens, the {@code math-like} suite, 200-token prompts and 280-token answers, Poisson
 * arrivals over 90 days served until the budget runs out, a 1,024-accelerator cluster at 989 TFLOP/s
 * and 40% utilisation, a two-year horizon), with the budget and demand given.
 */
public final class Worlds {

    private Worlds() {
    }

    /** A world of {@code budgetFlops} and a lifetime demand of {@code realQueries} queries. */
    public static World example(double budgetFlops, double realQueries) {
        return example(budgetFlops, realQueries, DeploymentSection.DEFAULTS.simulatedQueries());
    }

    /** As {@link #example(double, double)}, simulating {@code simulatedQueries} queries. */
    public static World example(double budgetFlops, double realQueries, double simulatedQueries) {
        DeploymentSection d = DeploymentSection.DEFAULTS;
        Scenario scenario = Scenario.defaults("example").withBudget(new BudgetSection(budgetFlops))
                .withDeployment(new DeploymentSection(new Fixed(realQueries), simulatedQueries,
                        d.windowDays(), d.arrivals(), d.exhaustion(), d.outcomes(), d.promptTokens(), d.answerTokens()));
        return new ScenarioWorlds(scenario).nominal();
    }
}
