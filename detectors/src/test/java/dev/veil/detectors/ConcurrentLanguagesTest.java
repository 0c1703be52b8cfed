package dev.veil.detectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.Guard;
import dev.veil.GuardContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A German and a US request share one guard concurrently, each with its own words and phone region. */
class ConcurrentLanguagesTest {
  private static final Guard GUARD = Guard.builder().discoverDetectors().build();
  private static final String DE = "Patientennummer 4711-2305, Telefon 030 901820, BSN-frei, PLZ 10115.";
  private static final GuardContext DE_CTX =
      GuardContext.builder().language(Locale.GERMAN).phoneRegion("DE").build();
  private static final String US = "MRN: 00482913, call (212) 555-0143, Springfield, IL 62704.";
  private static final GuardContext US_CTX = GuardContext.defaults();

  @Test
  void resultsDoNotDependOnWhatRunsAlongside() throws Exception {
    List<Finding> de = GUARD.inspect(DE, DE_CTX);
    List<Finding> us = GUARD.inspect(US, US_CTX);
    assertTrue(de.stream().anyMatch(f -> f.type() == EntityType.MEDICAL_RECORD_NUMBER), de.toString());
    assertTrue(de.stream().anyMatch(f -> f.type() == EntityType.PHONE_NUMBER), de.toString());
    assertTrue(us.stream().anyMatch(f -> f.type() == EntityType.PHONE_NUMBER), us.toString());
    // the German label means nothing in an English request
    assertTrue(GUARD.inspect(DE, US_CTX).stream().noneMatch(f -> f.type() == EntityType.MEDICAL_RECORD_NUMBER));

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> futures = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        boolean german = i % 2 == 0;
        Callable<Boolean> task = () -> german ? GUARD.inspect(DE, DE_CTX).equals(de) : GUARD.inspect(US, US_CTX).equals(us);
        futures.add(pool.submit(task));
      }
      for (Future<Boolean> f : futures) {
        assertEquals(true, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
