package io.newsgraph.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.Path;

/**
 * One run at a time per warehouse: {@code <warehouse>/_lock.json}, created exclusively, with a
 * heartbeat the holder refreshes. A lock whose heartbeat is older than {@link #EXPIRY}, or whose
 * holder was a process on this host that no longer exists, belongs to a dead run and is taken over.
 */
final class WarehouseLock implements AutoCloseable {

  static final Duration HEARTBEAT = Duration.ofSeconds(20);
  static final Duration EXPIRY = Duration.ofMinutes(5);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Warehouse wh;
  private final Path path;
  private final Map<String, Object> owner;
  private final ScheduledExecutorService beat;

  private WarehouseLock(Warehouse wh, Path path, Map<String, Object> owner) {
    this.wh = wh;
    this.path = path;
    this.owner = owner;
    this.beat =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "newsgraph-lock-heartbeat");
              t.setDaemon(true);
              return t;
            });
    beat.scheduleAtFixedRate(
        this::heartbeat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
  }

  static WarehouseLock acquire(Warehouse wh, String runId) throws IOException {
    Path path = new Path(wh.root(), "_lock.json");
    wh.fs().mkdirs(wh.root());
    Map<String, Object> owner = new LinkedHashMap<>();
    owner.put("run_id", runId);
    owner.put("host", host());
    owner.put("pid", ProcessHandle.current().pid());
    owner.put("started", Instant.now().toString());
    for (int attempt = 0; attempt < 2; attempt++) {
      owner.put("heartbeat", Instant.now().toString());
      try (OutputStream out = wh.fs().create(path, false)) {
        JSON.writeValue(out, owner);
        return new WarehouseLock(wh, path, owner);
      } catch (FileAlreadyExistsException e) {
        Map<?, ?> held = read(wh, path);
        Instant beat =
            held == null ? Instant.EPOCH : Instant.parse(String.valueOf(held.get("heartbeat")));
        Duration age = Duration.between(beat, Instant.now());
        if (age.compareTo(EXPIRY) < 0 && !deadOnThisHost(held)) {
          throw new WarehouseLockedException(
              "warehouse "
                  + wh.root()
                  + " is locked by run "
                  + held.get("run_id")
                  + " on "
                  + held.get("host")
                  + " (pid "
                  + held.get("pid")
                  + ", started "
                  + held.get("started")
                  + ", last heartbeat "
                  + age.toSeconds()
                  + " s ago). Another run is in progress; if it died, the lock"
                  + " expires "
                  + EXPIRY.toMinutes()
                  + " min after its last heartbeat, or delete "
                  + path
                  + ".");
        }
        // The holder stopped beating: it is dead. Take the lock over.
        wh.fs().delete(path, false);
      }
    }
    throw new WarehouseLockedException(
        "could not take the lock " + path + ": another run took it first");
  }

  /**
   * A holder on this very host whose process is gone died without releasing: no need to wait for
   * expiry.
   */
  private static boolean deadOnThisHost(Map<?, ?> held) {
    if (held == null
        || !host().equals(held.get("host"))
        || !(held.get("pid") instanceof Number pid)) {
      return false;
    }
    return ProcessHandle.of(pid.longValue()).map(p -> !p.isAlive()).orElse(true);
  }

  private static Map<?, ?> read(Warehouse wh, Path path) {
    try (InputStream in = wh.fs().open(path)) {
      return JSON.readValue(in, Map.class);
    } catch (IOException | RuntimeException e) {
      return null; // half-written by a holder that died while creating it
    }
  }

  private void heartbeat() {
    owner.put("heartbeat", Instant.now().toString());
    try (OutputStream out = wh.fs().create(path, true)) {
      JSON.writeValue(out, owner);
    } catch (IOException e) {
      // A missed beat only shortens the lock's life; the next one retries.
    }
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return ManagementFactory.getRuntimeMXBean().getName();
    }
  }

  @Override
  public void close() throws IOException {
    beat.shutdownNow();
    wh.fs().delete(path, false);
  }
}
