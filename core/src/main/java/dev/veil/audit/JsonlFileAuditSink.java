package dev.veil.audit;

import dev.veil.internal.audit.ChainHasher;
import dev.veil.internal.audit.ChainedLogFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends events as hash-chained JSON Lines (schema in {@code docs/audit.md}) through one writer
 * thread fed by a bounded queue.
 *
 * <p><b>Order and loss.</b> Events are written in the order {@link #write} enqueued them, so the
 * events of one thread appear in call order. {@link #flush()} returns once every event enqueued
 * before it is handed to the operating system; {@link #close()} drains the queue, forces the file
 * to disk and writes the seal {@code FILE.seal}. A JVM shutdown hook closes the sink if the
 * application forgets to (disable with {@link Builder#closeOnShutdown(boolean)}).
 *
 * <p><b>Back-pressure.</b> When the queue is full, {@link WhenFull#BLOCK} (default) makes the
 * caller wait for space; {@link WhenFull#FAIL_CLOSED} throws {@link AuditSinkException} at once,
 * which a guard turns into a BLOCK decision (or buffers, under {@link
 * AuditFailurePolicy#bufferAndReport}). An event is never dropped silently.
 *
 * <p><b>Failures.</b> {@code write} acknowledges an event once it is queued. If the writer thread
 * then fails (disk full, file removed), the failure is logged once, every later {@code write},
 * {@code flush} and {@code close} throws {@link AuditSinkException} stating how many queued events
 * were not written, and the file is left without a seal so the verifier reports it.
 *
 * <p><b>Chain.</b> With a {@link Builder#key key}, each line's hash is HMAC-SHA-256 under it and
 * someone who can edit the file cannot forge the chain. Without one the chain is plain SHA-256: it
 * detects accidental corruption, not a deliberate rewrite. See {@link AuditLogVerifier}.
 *
 * <p>Thread-safe. Cost per event on the caller thread: one queue insertion; on the writer thread:
 * JSON encoding and one HMAC (a few microseconds).
 */
public final class JsonlFileAuditSink implements AuditSink {
  private static final Logger log = LoggerFactory.getLogger(JsonlFileAuditSink.class);
  private static final Object STOP = new Object();

  /** What {@link #write} does when the queue is full. */
  public enum WhenFull {
    /** Wait for the writer to make space (never drops, may slow callers). */
    BLOCK,
    /** Throw {@link AuditSinkException} at once, so the guard blocks the request. */
    FAIL_CLOSED
  }

  private final Path file;
  private final ChainedLogFile logFile;
  private final BlockingQueue<Object> queue;
  private final WhenFull whenFull;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Thread writer;
  private final Thread shutdownHook;
  private boolean closed;
  private volatile Throwable failure;
  private volatile long unwritten;

  private JsonlFileAuditSink(Builder b) {
    this.file = b.file;
    this.whenFull = b.whenFull;
    this.queue = new ArrayBlockingQueue<>(b.queueCapacity);
    this.logFile = new ChainedLogFile(b.file, ChainHasher.of(b.key), b.maxFileBytes, b.rotateDaily, b.clock);
    try {
      logFile.open();
    } catch (IOException e) {
      throw new AuditSinkException("cannot open audit log '" + file.getFileName() + "': "
          + e.getClass().getSimpleName(), e);
    }
    if (b.key == null) {
      log.warn("audit log '{}' is chained without a key: it detects accidental corruption, not a deliberate rewrite",
          file.getFileName());
    }
    this.writer = new Thread(this::drain, "veil-audit-writer-" + file.getFileName());
    writer.setDaemon(true);
    writer.start();
    if (b.closeOnShutdown) {
      shutdownHook = new Thread(this::closeQuietly, "veil-audit-shutdown-" + file.getFileName());
      Runtime.getRuntime().addShutdownHook(shutdownHook);
    } else {
      shutdownHook = null;
    }
  }

  /** Starts building a sink that appends to {@code file} (created if absent). */
  public static Builder builder(Path file) {
    return new Builder(file);
  }

  /**
   * Queues the event.
   *
   * @throws AuditSinkException if the sink is closed or failed, or the queue is full under {@link
   *     WhenFull#FAIL_CLOSED}
   */
  @Override
  public void write(AuditEvent event) {
    Objects.requireNonNull(event, "event");
    enqueue(event, whenFull);
  }

  /**
   * Waits until every event queued before this call is written and handed to the operating system.
   *
   * @throws AuditSinkException if the writer failed
   */
  @Override
  public void flush() {
    CountDownLatch done = new CountDownLatch(1);
    enqueue(done, WhenFull.BLOCK);
    awaitUninterruptibly(done);
    checkFailure();
  }

  /**
   * Drains the queue, forces the file to disk, writes the seal and stops the writer thread.
   * Idempotent.
   *
   * @throws AuditSinkException if the writer failed (stating how many events were not written)
   */
  @Override
  public void close() {
    lock.writeLock().lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      putUninterruptibly(STOP);
    } finally {
      lock.writeLock().unlock();
    }
    boolean interrupted = false;
    while (writer.isAlive()) {
      try {
        writer.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (shutdownHook != null && Thread.currentThread() != shutdownHook) {
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException shuttingDown) {
        // the JVM is exiting; the hook has nothing left to do
      }
    }
    checkFailure();
  }

  private void closeQuietly() {
    try {
      close();
    } catch (RuntimeException e) {
      log.error("closing audit log '{}' at shutdown failed ({})", file.getFileName(), e.getClass().getSimpleName());
    }
  }

  private void enqueue(Object item, WhenFull mode) {
    lock.readLock().lock();
    try {
      if (closed) {
        throw new AuditSinkException("audit log '" + file.getFileName() + "' is closed");
      }
      checkFailure();
      if (mode == WhenFull.FAIL_CLOSED) {
        if (!queue.offer(item)) {
          throw new AuditSinkException("audit log '" + file.getFileName() + "' queue is full ("
              + (queue.size() + queue.remainingCapacity()) + " events)");
        }
      } else {
        putUninterruptibly(item);
      }
    } finally {
      lock.readLock().unlock();
    }
  }

  private void checkFailure() {
    Throwable f = failure;
    if (f != null) {
      throw new AuditSinkException("audit log '" + file.getFileName() + "' failed (" + f.getClass().getSimpleName()
          + "); " + unwritten + " queued event(s) were not written");
    }
  }

  /**
   * The writer thread: takes what is queued in batches, writes events one at a time in queue
   * order, and hands the batch to the OS when the queue runs dry (one system call per batch).
   */
  private void drain() {
    List<Object> batch = new ArrayList<>(256);
    while (true) {
      batch.add(takeUninterruptibly());
      queue.drainTo(batch, 255);
      boolean written = false;
      for (Object item : batch) {
        if (item == STOP) {
          finish();
          return;
        }
        if (item instanceof CountDownLatch done) {
          flushLog();
          written = false;
          done.countDown();
          continue;
        }
        if (failure != null) {
          unwritten++;
          continue;
        }
        try {
          logFile.append((AuditEvent) item);
          written = true;
        } catch (IOException | RuntimeException e) {
          unwritten++;
          fail(e);
        }
      }
      batch.clear();
      if (written && queue.isEmpty()) {
        flushLog();
      }
    }
  }

  private void flushLog() {
    if (failure == null) {
      try {
        logFile.flush();
      } catch (IOException | RuntimeException e) {
        fail(e);
      }
    }
  }

  private void finish() {
    if (failure == null) {
      try {
        logFile.close();
      } catch (IOException | RuntimeException e) {
        fail(e);
      }
    } else {
      logFile.abandon();
    }
  }

  private void fail(Throwable e) {
    if (failure == null) {
      failure = e;
      log.error("audit log '{}' failed ({}); further audit writes are refused", file.getFileName(),
          e.getClass().getSimpleName());
    }
  }

  private Object takeUninterruptibly() {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return queue.take();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void putUninterruptibly(Object item) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          queue.put(item);
          return;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void awaitUninterruptibly(CountDownLatch latch) {
    boolean interrupted = false;
    while (true) {
      try {
        latch.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "JsonlFileAuditSink[" + file.getFileName() + "]";
  }

  /** Configures a {@link JsonlFileAuditSink}; not thread-safe. */
  public static final class Builder {
    private final Path file;
    private AuditKey key;
    private long maxFileBytes;
    private boolean rotateDaily;
    private int queueCapacity = 8192;
    private WhenFull whenFull = WhenFull.BLOCK;
    private boolean closeOnShutdown = true;
    private Clock clock = Clock.systemUTC();

    private Builder(Path file) {
      this.file = Objects.requireNonNull(file, "file");
    }

    /** The chain key; without one the chain is unkeyed SHA-256 (accidental corruption only). */
    public Builder key(AuditKey value) {
      this.key = Objects.requireNonNull(value, "key");
      return this;
    }

    /**
     * Rotates once the file has reached this many bytes (checked before each line, so a file
     * exceeds it by at most one line); 0 (default) never rotates by size.
     */
    public Builder maxFileBytes(long value) {
      if (value < 0) {
        throw new IllegalArgumentException("maxFileBytes must be >= 0");
      }
      this.maxFileBytes = value;
      return this;
    }

    /** Rotates when an event's UTC date differs from the current file's; off by default. */
    public Builder rotateDaily(boolean value) {
      this.rotateDaily = value;
      return this;
    }

    /** Capacity of the queue between callers and the writer thread; 8192 by default. */
    public Builder queueCapacity(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("queueCapacity must be positive");
      }
      this.queueCapacity = value;
      return this;
    }

    /** What a full queue does to callers; {@link WhenFull#BLOCK} by default. */
    public Builder whenFull(WhenFull value) {
      this.whenFull = Objects.requireNonNull(value, "whenFull");
      return this;
    }

    /** Whether a JVM shutdown hook closes the sink; true by default. */
    public Builder closeOnShutdown(boolean value) {
      this.closeOnShutdown = value;
      return this;
    }

    /** Clock for seal timestamps. */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Opens the file (resuming its chain) and starts the writer thread.
     *
     * @throws AuditSinkException if the existing file cannot be continued: it ends in a partial or
     *     unverifiable line, uses another key id, or does not match its seal
     */
    public JsonlFileAuditSink build() {
      return new JsonlFileAuditSink(this);
    }
  }
}
