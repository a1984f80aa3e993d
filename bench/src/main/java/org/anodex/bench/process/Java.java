package org.anodex.bench.process;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Child JVMs: the same {@code java} as the benchmark's. */
public final class Java {

  public static ProcessBuilder command(List<String> jvmOptions, List<String> rest) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmOptions);
    cmd.addAll(rest);
    return new ProcessBuilder(cmd);
  }

  public static String classpath() {
    return System.getProperty("java.class.path");
  }

  /** Runs to the end, output to {@code log}; answers the exit status. */
  public static int run(ProcessBuilder pb, Path log) throws IOException, InterruptedException {
    Process p = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return p.waitFor();
  }
}
