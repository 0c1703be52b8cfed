package dev.veil.bench.perf;

import dev.veil.Guard;
import dev.veil.GuardContext;
import dev.veil.audit.AuditSink;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Thread scaling on a machine that other work shares: N threads call {@code check} on one shared
 * guard, each on its own copy of the text, and each thread reports its calls, its CPU time and its
 * allocated bytes. If the code had a shared lock, false sharing or allocation contention, the CPU
 * time per call would grow with the thread count; if it stays flat while calls per second do not
 * double, the missing throughput is CPU the threads did not get (other processes, the JIT, the
 * garbage collector), which the process CPU share shows.
 *
 * <pre>
 * java -cp bench/target/veil-bench.jar dev.veil.bench.perf.ThreadScalingProbe [kind] [bytes] [seconds] [threads...]
 * java -cp bench/target/veil-bench.jar dev.veil.bench.perf.ThreadScalingProbe CLINICAL 2048 10 1 2 4
 * </pre>
 */
public final class ThreadScalingProbe {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private ThreadScalingProbe() {}

  public static void main(String[] args) throws Exception {
    TextKind kind = TextKind.valueOf(args.length > 0 ? args[0] : "CLINICAL");
    int bytes = args.length > 1 ? Integer.parseInt(args[1]) : 2048;
    double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 10;
    List<Integer> counts = new ArrayList<>();
    for (int i = 3; i < args.length; i++) {
      counts.add(Integer.parseInt(args[i]));
    }
    if (counts.isEmpty()) {
      counts = List.of(1, 2, 4);
    }
    Guard guard = Guards.full(AuditSink.discarding());
    String text = TextGenerator.generate(kind, bytes);
    // warm-up on every thread count, so the JIT has settled before anything is counted
    for (int n : counts) {
      run(guard, text, n, seconds);
    }
    System.out.printf(Locale.ROOT, "%s %d B, %.0f s per thread count, %d CPUs, GCs: %s%n", kind, bytes, seconds,
        Runtime.getRuntime().availableProcessors(), gcNames());
    System.out.println("| Threads | calls/s (all) | vs 1 thread | CPU µs per call | allocated per call | "
        + "process CPU / wall | GCs | GC ms |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
    double base = 0;
    for (int n : counts) {
      double[] r = run(guard, text, n, seconds);
      if (base == 0) {
        base = r[0] / n; // per-thread rate of the first (smallest) count
      }
      System.out.printf(Locale.ROOT, "| %d | %.1f | %.2f× | %.0f | %.0f KB | %.2f CPUs | %.0f | %.0f |%n",
          n, r[0], r[0] / base, r[1] / 1000.0, r[2] / 1024.0, r[3], r[4], r[5]);
    }
  }

  /** Calls/s, CPU ns per call, bytes per call, process CPUs used, GC count, GC ms. */
  private static double[] run(Guard guard, String text, int n, double seconds) throws Exception {
    GuardContext context = GuardContext.defaults();
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch ready = new CountDownLatch(n);
    CountDownLatch go = new CountDownLatch(1);
    long[][] results = new long[n][3];
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < n; t++) {
      int id = t;
      Thread th = new Thread(() -> {
        String[] copies = new String[64];
        for (int i = 0; i < copies.length; i++) {
          copies[i] = new String(text.toCharArray());
        }
        ready.countDown();
        try {
          go.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long mem0 = THREADS.getCurrentThreadAllocatedBytes();
        long calls = 0;
        while (!stop.get()) {
          guard.check(copies[(int) (calls & 63)], context);
          calls++;
        }
        results[id][0] = calls;
        results[id][1] = THREADS.getCurrentThreadCpuTime() - cpu0;
        results[id][2] = THREADS.getCurrentThreadAllocatedBytes() - mem0;
      });
      threads.add(th);
      th.start();
    }
    ready.await();
    long gc0 = gcCount();
    long gcMs0 = gcMillis();
    long proc0 = OS.getProcessCpuTime();
    long wall0 = System.nanoTime();
    go.countDown();
    Thread.sleep((long) (seconds * 1000));
    stop.set(true);
    for (Thread th : threads) {
      th.join();
    }
    long wall = System.nanoTime() - wall0;
    long proc = OS.getProcessCpuTime() - proc0;
    long calls = 0;
    long cpu = 0;
    long mem = 0;
    for (long[] r : results) {
      calls += r[0];
      cpu += r[1];
      mem += r[2];
    }
    return new double[] {calls / (wall / 1e9), (double) cpu / calls, (double) mem / calls, (double) proc / wall,
        gcCount() - gc0, gcMillis() - gcMs0};
  }

  private static long gcCount() {
    long n = 0;
    for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      n += Math.max(0, gc.getCollectionCount());
    }
    return n;
  }

  private static long gcMillis() {
    long n = 0;
    for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      n += Math.max(0, gc.getCollectionTime());
    }
    return n;
  }

  private static String gcNames() {
    List<String> names = new ArrayList<>();
    for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      names.add(gc.getName());
    }
    return String.join(", ", names);
  }
}
