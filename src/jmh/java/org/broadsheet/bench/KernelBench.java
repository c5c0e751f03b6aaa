package org.broadsheet.bench;

import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The run every kernel benchmark inherits (JMH reads these annotations from the superclass): the average time of
 * an operation, in one fresh JVM, after 5 warm-up rounds, over 5 rounds of 2 s. Options given to bench/kernels
 * override them.
 */
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
abstract class KernelBench {
}
