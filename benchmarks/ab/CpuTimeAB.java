import java.lang.management.*;
import java.lang.reflect.*;
import java.net.*;
import java.util.*;

/**
 * A/B of ScanLineBenchmark's work for two or more builds of benchmarks.jar, interleaved in one JVM
 * (each jar in its own class loader) and timed by the scanning thread's CPU time, not wall time.
 *
 * <p>Why: on this shared 2-core machine JMH's wall-clock scores moved by 2-3x between runs of the
 * same jar while other builds ran (load 8-25); per-pass CPU time of interleaved passes kept an A/A
 * difference within about 2%. Still compare only figures from one run: contention also slows the
 * CPU time (0.208 GB/s at load 7, 0.15 at load 25, same jar). Run with benchmarks/ab.sh.
 */
public class CpuTimeAB {
  static class Side {
    String name; Object dump, scanner, sink; Method scan; int size; long[] best = {Long.MAX_VALUE}; List<Long> all = new ArrayList<>();
  }
  public static void main(String[] a) throws Exception {
    String types = a[0]; int rounds = Integer.parseInt(a[1]);
    List<Side> sides = new ArrayList<>();
    for (int k = 2; k < a.length; k++) {
      URLClassLoader l = new URLClassLoader(new URL[] {new java.io.File(a[k]).toURI().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> dd = l.loadClass("org.leakaid.benchmarks.DenseDump");
      Class<?> ts = l.loadClass("org.leakaid.benchmarks.DenseDump$TypeSet");
      Class<?> sc = l.loadClass("org.leakaid.scanner.Scanner");
      Class<?> so = l.loadClass("org.leakaid.scanner.ScanOptions");
      Class<?> fs = l.loadClass("org.leakaid.scanner.FindingSink");
      Side s = new Side(); s.name = new java.io.File(a[k]).getName();
      s.dump = dd.getMethod("generate", long.class, int.class).invoke(null, 42L, 8 << 20);
      Object t = Enum.valueOf((Class) ts, types);
      Set<?> set = (Set<?>) ts.getMethod("types").invoke(t);
      Object opts = so.getMethod("of", Set.class).invoke(null, set);
      s.scanner = sc.getMethod("create", so).invoke(null, opts);
      s.sink = l.loadClass("org.leakaid.benchmarks.ScanLineBenchmark$Counters").getConstructor().newInstance();
      s.scan = dd.getMethod("scan", sc, fs);
      s.size = (Integer) dd.getMethod("size").invoke(s.dump);
      sides.add(s);
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (int r = 0; r < rounds; r++) {
      for (Side s : sides) {
        long t0 = mx.getCurrentThreadCpuTime();
        for (int p = 0; p < 3; p++) s.scan.invoke(s.dump, s.scanner, s.sink);
        long t = (mx.getCurrentThreadCpuTime() - t0) / 3;
        if (r >= rounds / 3) s.all.add(t); // first third: warm-up
      }
    }
    for (Side s : sides) {
      Collections.sort(s.all);
      long med = s.all.get(s.all.size() / 2), min = s.all.get(0);
      System.out.printf("%-24s %s median %.3f GB/s  best %.3f GB/s (CPU time per pass, %d passes x3)%n", s.name, types,
          s.size / (double) med, s.size / (double) min, s.all.size());
    }
  }
}
