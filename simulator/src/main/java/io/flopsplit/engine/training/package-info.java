/**
 * The pretraining phase: training in chunks ({@link io.flopsplit.engine.training.TrainingChunk}
 * events carrying the loss reached so far under the trial's true law), each paid from the pretraining
 * account, and the {@link io.flopsplit.engine.training.TrainingHook} through which a policy reacts to
 * every chunk (stop early, move unspent FLOPs, resize what is left).
 */
package io.flopsplit.engine.training;
