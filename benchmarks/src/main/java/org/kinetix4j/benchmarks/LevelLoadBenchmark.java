package org.kinetix4j.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelReader;
import org.kinetix4j.env.LevelSize;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading Kinetix level JSON: every hand-made level of a size per operation, parsed from bytes already in memory
 * ({@code parse}: JSON parsing, validation and building the one-environment state) or read from disk
 * ({@code read}). The {@code levels} secondary score is levels per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class LevelLoadBenchmark {
    /** Kinetix size: s, m or l. */
    @Param({"s", "m", "l"})
    public String size;

    private List<Path> files;
    private byte[][] bytes;

    /** Lists the files and reads their bytes. */
    @Setup
    public void setUp() {
        files = Scenes.levelFiles(LevelSize.parse(size));
        bytes = new byte[files.size()][];
        for (int i = 0; i < bytes.length; i++) {
            try {
                bytes[i] = Files.readAllBytes(files.get(i));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Parses every level of the size from memory. */
    @Benchmark
    public void parse(LevelsRead counter, Blackhole sink) {
        for (int i = 0; i < bytes.length; i++) {
            Level level = LevelReader.read(files.get(i).toString(), new ByteArrayInputStream(bytes[i]));
            sink.consume(level);
        }
        counter.levels += bytes.length;
    }

    /** Reads every level of the size from its file. */
    @Benchmark
    public void read(LevelsRead counter, Blackhole sink) {
        for (Path file : files) {
            sink.consume(LevelReader.read(file));
        }
        counter.levels += files.size();
    }
}
