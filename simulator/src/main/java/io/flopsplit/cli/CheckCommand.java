package io.flopsplit.cli;

import io.flopsplit.check.CheckOptions;
import io.flopsplit.check.CheckReport;
import io.flopsplit.check.Invariant;
import io.flopsplit.check.InvariantResult;
import io.flopsplit.check.PolicyCheck;
import io.flopsplit.check.WorldSpace;
import io.flopsplit.policy.Policies;
import io.flopsplit.policy.Policy;
import io.flopsplit.report.OutputFormat;
import io.flopsplit.scenario.Scenario;
import io.flopsplit.scenario.ScenarioReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code flopsplit check}: property-tests allocation policies (the built-ins, or users' from
 * {@code --classpath}) over generated worlds, invariant by invariant ({@link io.flopsplit.check}), and
 * prints for each falsified invariant the shrunk counterexample as a scenario file. Exit code 0 when
 * every invariant held, 1 when one was falsified (or could not be tested), 2 on bad input.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Property-tests allocation policies over generated worlds: budgets of 1e15-1e30 FLOPs, no"
                + " demand to more than the budget can serve, every law (known or uncertain constants), suite and"
                + " exhaustion rule, scarce to ample data, fast to slow clusters; with --scenario, worlds around"
                + " that scenario.",
            "Invariants: allocation-sound, no-overdraft, ledger-balances, clock-monotone, trains, deterministic,"
                + " finite-results, oracle-bound, monotone-budget and monotone-demand (when declared),"
                + " clear-refusals. A falsified one is shrunk to a minimal counterexample, printed as a scenario"
                + " file that flopsplit run reproduces.",
            "Exit code 0 when every invariant holds, 1 when one is falsified, 2 on bad input."})
final class CheckCommand implements Callable<Integer> {

    static final int FALSIFIED = 1;

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions output;

    @Mixin
    ClasspathOption classpath;

    @Option(names = "--policy", paramLabel = "NAME", split = ",",
            description = "Policies to check (comma-separated); default: those of --classpath's jars if any, else the"
                    + " scenario's with --scenario, else every registered one.")
    List<String> policies;

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "Check in worlds around this scenario (its budget, demand, pool and cluster within two"
                    + " decades; its law, suite and rules as they are).")
    Path scenario;

    @Option(names = "--examples", paramLabel = "N", converter = NumberConverters.WholeAtLeastOne.class,
            description = "Worlds per invariant (default: " + CheckOptions.DEFAULT_EXAMPLES + "; oracle-bound looks"
                    + " at a tenth of them, each costing the oracle's search).")
    Integer examples;

    @Option(names = "--seed", paramLabel = "S",
            description = "Seed of the generated worlds (default: " + CheckOptions.DEFAULT_SEED + "); the same seed"
                    + " finds the same counterexamples.")
    Long seed;

    @Override
    public Integer call() {
        try (PolicyJars.Loaded jars = classpath.register()) {
            Scenario base = scenario == null ? null : readScenario();
            WorldSpace space = base == null ? WorldSpace.whole() : WorldSpace.around(base);
            CheckOptions options = new CheckOptions(examples != null ? examples : CheckOptions.DEFAULT_EXAMPLES,
                    seed != null ? seed : CheckOptions.DEFAULT_SEED);
            List<Policy> checked = policies(jars, base);
            List<InvariantResult> results = check(checked, space, options);
            print(results, checked, options);
            return results.stream().allMatch(InvariantResult::passed) ? 0 : FALSIFIED;
        }
    }

    private Scenario readScenario() {
        List<Scenario> scenarios = ScenarioReader.read(scenario);
        if (scenarios.size() > 1) {
            throw new IllegalArgumentException("--scenario: " + scenario + " has " + scenarios.size()
                    + " variants; check looks around one scenario (write the variant you mean as a file of its own)");
        }
        return scenarios.get(0);
    }

    private List<Policy> policies(PolicyJars.Loaded jars, Scenario base) {
        if (policies != null && !policies.isEmpty()) {
            return policies.stream().map(name -> Policies.create(name.strip())).toList();
        }
        if (!jars.names().isEmpty()) {
            return jars.names().stream().map(Policies::create).toList();
        }
        return base != null ? base.policies() : Policies.all();
    }

    private List<InvariantResult> check(List<Policy> checked, WorldSpace space, CheckOptions options) {
        List<PolicyCheck> checks = checked.stream().map(policy -> new PolicyCheck(policy, space, options)).toList();
        long total = checks.stream().mapToLong(check -> check.invariants().size()).sum();
        List<InvariantResult> results = new ArrayList<>();
        long[] done = {0};
        try (Progress progress = new Progress("check", total)) {
            for (PolicyCheck check : checks) {
                results.addAll(check.checkAll(result -> progress.accept(++done[0])));
            }
        }
        return results;
    }

    private void print(List<InvariantResult> results, List<Policy> checked, CheckOptions options) {
        PrintWriter out = spec.commandLine().getOut();
        if (output.format != OutputFormat.TABLE) {
            output.print(CheckReport.rows(results, true));
            return;
        }
        output.print(CheckReport.rows(results, false));
        for (InvariantResult result : results) {
            String block = CheckReport.counterexample(result, rerun(result.policy(), options));
            out.print(block.isEmpty() ? CheckReport.untested(result) : "\n" + block);
        }
        long falsified = results.stream().filter(result -> result.status() == InvariantResult.Status.FALSIFIED).count();
        long untested = results.stream().filter(result -> result.status() == InvariantResult.Status.UNTESTED).count();
        out.println();
        out.println(checked.size() + " " + (checked.size() == 1 ? "policy" : "policies") + ", " + results.size()
                + " invariants: " + (falsified + untested == 0 ? "all held"
                        : falsified + " falsified" + (untested == 0 ? "" : ", " + untested + " untested")) + ". "
                + options.examples() + " worlds per invariant (oracle-bound: "
                + options.examplesFor(Invariant.ORACLE_BOUND) + "), seed " + options.seed() + ".");
        out.flush();
    }

    private String rerun(String policy, CheckOptions options) {
        return "flopsplit check --policy " + policy + (scenario == null ? "" : " --scenario " + scenario)
                + (classpath.classpath == null ? "" : " --classpath " + classpath.classpath) + " --examples "
                + options.examples() + " --seed " + options.seed();
    }
}
