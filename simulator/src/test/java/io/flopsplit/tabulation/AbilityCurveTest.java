package io.flopsplit.tabulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.inference.Setting;
import io.flopsplit.inference.Strategy;
import io.flopsplit.inference.TestDeployments;
import io.flopsplit.tasks.SuitePresets;
import io.flopsplit.tasks.TaskSuite;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Accuracy tabulated over ability, a unit cell at a time: within the tolerance of the quadrature it
 * tabulates everywhere in a cell (not only at the midpoints it checked), on suites with and without a
 * power-law tail; continuous where cells meet; the same values whatever order the cells were made in;
 * the quadrature itself outside the cells.
 */
class AbilityCurveTest {

    private static final List<String> SUITES = List.of("math-like", "snell-math", "narrow");
    private static final List<Integer> BUDGETS = List.of(1, 3, 24, 256);

    @Test
    void everyCellIsWithinTheToleranceOfTheQuadratureEverywhere() {
        SplittableRandom random = new SplittableRandom(5);
        for (String id : SUITES) {
            TaskSuite suite = SuitePresets.resolve(id);
            Setting setting = new Setting(suite, 2.0, TestDeployments.of(1e9));
            for (Strategy strategy : SuccessCurveTest.tabulable(1e9)) {
                for (int k : BUDGETS) {
                    int budget = Math.min(k, strategy.maxK());
                    AbilityCurve curve = curve(strategy, setting, budget);
                    double centre = suite.ability().ability(2.0);
                    double worst = 0;
                    for (int i = 0; i < 300; i++) {
                        double ability = centre + random.nextDouble(-6, 6);
                        worst = Math.max(worst, Math.abs(curve.at(ability) - quadrature(strategy, setting, budget, ability)));
                    }
                    assertTrue(worst <= 2 * SuccessCurve.TOLERANCE, id + " " + strategy.id() + "@" + budget
                            + " missed by " + worst);
                }
            }
        }
    }

    @Test
    void cellsMeetAndDoNotDependOnTheOrderTheyWereMadeIn() {
        TaskSuite suite = SuitePresets.resolve("math-like");
        Setting setting = new Setting(suite, 2.0, TestDeployments.of(1e9));
        Strategy strategy = SuccessCurveTest.tabulable(1e9).get(0);
        double centre = Math.floor(suite.ability().ability(2.0));
        AbilityCurve upwards = curve(strategy, setting, 8);
        AbilityCurve downwards = curve(strategy, setting, 8);
        double[] abilities = new double[400];
        for (int i = 0; i < abilities.length; i++) {
            abilities[i] = centre - 5 + i * 0.025;
        }
        double[] up = new double[abilities.length];
        for (int i = 0; i < abilities.length; i++) {
            up[i] = upwards.at(abilities[i]);
        }
        for (int i = abilities.length - 1; i >= 0; i--) {
            assertEquals(up[i], downwards.at(abilities[i]), 0, "at ability " + abilities[i]);
        }
        for (int cell = -4; cell <= 4; cell++) {
            double edge = centre + cell;
            assertEquals(upwards.at(edge), upwards.at(Math.nextDown(edge)), 1e-12, "where cells meet at " + edge);
        }
    }

    @Test
    void outsideTheCellsTheQuadratureIsTaken() {
        TaskSuite suite = SuitePresets.resolve("narrow");
        Setting setting = new Setting(suite, 2.0, TestDeployments.of(1e9));
        Strategy strategy = SuccessCurveTest.tabulable(1e9).get(0);
        AbilityCurve curve = curve(strategy, setting, 4);
        for (double ability : new double[] {-1e4, -400, 300, 1e4}) {
            assertEquals(quadrature(strategy, setting, 4, ability), curve.at(ability), 0, "at " + ability);
        }
    }

    @Test
    void aSuiteTooSpreadForCellsTakesTheQuadratureEverywhere() {
        TaskSuite suite = SuitePresets.resolve("math-like");
        Setting setting = new Setting(suite, 2.0, TestDeployments.of(1e9));
        Strategy strategy = SuccessCurveTest.tabulable(1e9).get(0);
        SuccessCurve success = SuccessCurves.of(strategy, setting, 4).orElseThrow();
        for (double discrimination : new double[] {0.2, 1e-6, 1e-300}) {
            AbilityCurve curve = AbilityCurve.of(success, suite.grid(), discrimination);
            for (double ability : new double[] {-50, 0, 3, 1e6}) {
                assertEquals(success.mean(suite.grid(), discrimination, ability), curve.at(ability), 0,
                        "a = " + discrimination + " at " + ability);
            }
        }
    }

    private static AbilityCurve curve(Strategy strategy, Setting setting, int k) {
        TaskSuite suite = setting.suite();
        return AbilityCurve.of(SuccessCurves.of(strategy, setting, k).orElseThrow(), suite.grid(), suite.discrimination());
    }

    private static double quadrature(Strategy strategy, Setting setting, int k, double ability) {
        TaskSuite suite = setting.suite();
        return SuccessCurves.of(strategy, setting, k).orElseThrow().mean(suite.grid(), suite.discrimination(), ability);
    }
}
