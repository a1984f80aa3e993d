package org.anodex.bench.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Memory of a server process (Linux /proc, the JDK's jcmd) and the size of an index on disk. */
public final class ProcessStats {
  private static final Pattern HEAP_USED = Pattern.compile("total (\\d+)K, used (\\d+)K");

  /** A field of /proc/PID/status in MB (VmRSS: resident now, VmHWM: the peak); -1 if unknown. */
  public static double statusMb(long pid, String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
        if (line.startsWith(field + ":")) {
          return Long.parseLong(line.replaceAll("\\D+", "")) / 1024.0;
        }
      }
    } catch (IOException | NumberFormatException e) {
      // the process is gone
    }
    return -1;
  }

  /** Java heap in use (MB) as {@code jcmd PID GC.heap_info} reports it; -1 if unknown. */
  public static double heapUsedMb(long pid) {
    try {
      Process p =
          new ProcessBuilder("jcmd", String.valueOf(pid), "GC.heap_info")
              .redirectErrorStream(true)
              .start();
      String out = new String(p.getInputStream().readAllBytes());
      p.waitFor(30, TimeUnit.SECONDS);
      Matcher m = HEAP_USED.matcher(out);
      return m.find() ? Long.parseLong(m.group(2)) / 1024.0 : -1;
    } catch (IOException | InterruptedException e) {
      return -1;
    }
  }

  /** Bytes of the files under {@code dir} whose path contains {@code part} (any, if null). */
  public static long sizeOnDisk(Path dir, String part) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> part == null || p.toString().contains(part))
          .mapToLong(
              p -> {
                try {
                  return Files.size(p);
                } catch (IOException e) {
                  return 0;
                }
              })
          .sum();
    }
  }

  /** Samples a process's peak RSS until it ends (VmHWM disappears with the process). */
  public static final class PeakRss extends Thread {
    private final long pid;
    private volatile double peakMb = -1;

    public PeakRss(long pid) {
      super("peak-rss-" + pid);
      this.pid = pid;
      setDaemon(true);
      start();
    }

    @Override
    public void run() {
      while (true) {
        double hwm = statusMb(pid, "VmHWM");
        if (hwm < 0) {
          return;
        }
        peakMb = Math.max(peakMb, hwm);
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    public double peakMb() {
      return peakMb;
    }
  }
}
