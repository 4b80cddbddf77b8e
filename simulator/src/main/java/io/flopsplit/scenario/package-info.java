/**
 * Scenario files: YAML read into a {@link io.flopsplit.scenario.Scenario} made of one record per
 * section ({@code budget}, {@code law}, {@code data}, {@code tasks}, {@code deployment},
 * {@code strategies}, {@code compute}, {@code hardware}, {@code simulation}, {@code montecarlo}),
 * each holding its documented keys — defaults, allowed values, reading and writing — side by side;
 * unknown keys are refused and every error is one line naming the file, line and key path. Also: the
 * per-trial draw of the uncertain inputs ({@link io.flopsplit.scenario.ScenarioWorlds}), ready-made
 * worlds from the defaults ({@link io.flopsplit.scenario.Worlds}), the effective scenario written
 * next to the results, and the reference scenario and the JSON Schema of scenario files
 * ({@link io.flopsplit.scenario.ScenarioSchema}, for editors) written from the keys.
 */
package io.flopsplit.scenario;
