package io.flopsplit.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.laws.LawProfiles;
import io.flopsplit.tasks.SuitePresets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchComparisonTest {

    // Snell et al. 2024 (arXiv 2408.03314), §7: the inference budget multiplier is M + 3(M − 1)/R.
    @Test
    void multiplierFollowsSnellEtAl() {
        assertEquals(14 + 3 * 13 / 0.16, new FlopsMatch(14, 0.16).inferenceMultiplier(), 1e-12);
        assertEquals(1, new FlopsMatch(1, 5).inferenceMultiplier(), 0);
        assertThrows(IllegalArgumentException.class, () -> new FlopsMatch(0.5, 1));
        assertThrows(IllegalArgumentException.class, () -> new FlopsMatch(2, 0));
    }

    @Test
    void matchedKIsTheLargestThatFits() {
        Deployment deployment = TestDeployments.of(8e9);
        double budget = 30 * deployment.singleAnswerFlops();
        Strategy vote = new MajorityVote();
        int k = MatchComparison.matchedK(vote, deployment, budget);
        assertTrue(vote.flopsPerQuery(deployment, k) <= budget);
        assertTrue(vote.flopsPerQuery(deployment, k + 1) > budget);
    }

    // Snell et al. 2024 §7: with R >> 1 test-time compute wins on easy questions and loses on the hardest.
    @Test
    void binsRunFromEasiestToHardestAndTestTimeComputeHelpsMostOnEasyProblems() {
        List<MatchResult> results = MatchComparison.compare(LawProfiles.resolve("chinchilla").law(), 8e9, 15e12,
                SuitePresets.resolve("math-like"), TestDeployments.of(8e9), new FlopsMatch(14, 10),
                List.of(new BestOfKOracle(), new MajorityVote()));
        assertEquals(12, results.size());
        assertEquals("all", results.get(5).difficultyBin());
        for (int bin = 1; bin < 5; bin++) {
            assertTrue(results.get(bin - 1).smallPassAt1() > results.get(bin).smallPassAt1());
        }
        MatchResult easiest = results.get(6);
        MatchResult hardest = results.get(10);
        assertTrue(easiest.smallAccuracy() > easiest.largeAccuracy(), "voting wins on the easiest quintile");
        assertTrue(hardest.smallAccuracy() < hardest.largeAccuracy(), "and lose on the hardest");
    }
}
