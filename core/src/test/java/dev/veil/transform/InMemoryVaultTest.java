package dev.veil.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.veil.EntityType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InMemoryVaultTest {

  static final class MutableClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void sameConversationSameSession() {
    Vault v = Vault.inMemory();
    TransformSession a = v.session("c1");
    assertSame(a, v.session("c1"));
    assertNotSame(a, v.session("c2"));
    assertEquals(2, v.conversations());
    v.forget("c1");
    assertEquals(1, v.conversations());
  }

  @Test
  void fullVaultFailsClosedInsteadOfEvicting() {
    Vault v = InMemoryVault.builder().maxConversations(2).build();
    TransformSession a = v.session("a");
    a.tagFor(EntityType.PERSON, "Jane Roe");
    v.session("b");
    assertThrows(VaultFullException.class, () -> v.session("c"));
    assertSame(a, v.session("a"));
    assertEquals(1, a.size());
  }

  @Test
  void fullSessionFailsClosed() {
    Vault v = InMemoryVault.builder().maxEntriesPerConversation(2).build();
    TransformSession s = v.session("a");
    s.tagFor(EntityType.PERSON, "Jane Roe");
    s.tagFor(EntityType.PERSON, "John Poe");
    assertEquals("<PERSON_1>", s.tagFor(EntityType.PERSON, "Jane Roe")); // known values still work
    VaultFullException e = assertThrows(VaultFullException.class, () -> s.tagFor(EntityType.PERSON, "Max Moe"));
    assertFalse(e.getMessage().contains("Max Moe"));
    assertEquals(2, s.size());
  }

  @Test
  void idleConversationsExpireOnTheInjectedClock() {
    MutableClock clock = new MutableClock();
    Vault v = InMemoryVault.builder().clock(clock).expireAfterAccess(Duration.ofMinutes(10))
        .maxConversations(1).build();
    TransformSession a = v.session("a");
    a.tagFor(EntityType.PERSON, "Jane Roe");
    clock.now = clock.now.plus(Duration.ofMinutes(9));
    assertSame(a, v.session("a")); // access renews
    clock.now = clock.now.plus(Duration.ofMinutes(9));
    assertThrows(VaultFullException.class, () -> v.session("b"));
    clock.now = clock.now.plus(Duration.ofMinutes(10));
    TransformSession b = v.session("b"); // "a" expired, room again
    assertEquals(0, b.size());
    assertEquals(1, v.conversations());
  }

  @Test
  void toStringShowsCountsOnly() {
    Vault v = Vault.inMemory();
    TransformSession s = v.session("conv-secret-id");
    s.tagFor(EntityType.PERSON, "Jane Roe");
    String all = v + " " + s + " " + s.pseudonyms();
    assertFalse(all.contains("Jane"), all);
    assertFalse(all.contains("PERSON_1"), all);
    assertFalse(all.contains("conv-secret-id"), all);
  }

  @Test
  void externalStoreCanSaveAndLoadASession() {
    TransformSession s = TransformSession.create();
    String tag = s.tagFor(EntityType.PERSON, "Jane Roe");
    int shift = s.dateShiftDays();
    TransformSession loaded = TransformSession.restoreFrom(s.pseudonyms(), shift, 100);
    assertEquals(tag, loaded.tagFor(EntityType.PERSON, "Jane Roe"));
    assertEquals("<PERSON_2>", loaded.tagFor(EntityType.PERSON, "John Poe"));
    assertEquals(shift, loaded.dateShiftDays());
    assertEquals("Jane Roe", Restorer.of(loaded).restore(tag));
  }

  @Test
  void concurrentUseOfOneConversationKeepsTagsConsistent() throws Exception {
    Vault v = Vault.inMemory();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Map<String, String>>> results = new java.util.ArrayList<>();
      for (int t = 0; t < 4; t++) {
        results.add(pool.submit(() -> {
          Map<String, String> seen = new java.util.HashMap<>();
          for (int i = 0; i < 200; i++) {
            String value = "value-" + (i % 50);
            seen.put(value, v.session("shared").tagFor(EntityType.PERSON, value));
          }
          return seen;
        }));
      }
      Map<String, String> first = results.get(0).get();
      for (java.util.concurrent.Future<Map<String, String>> r : results) {
        assertEquals(first, r.get());
      }
      assertEquals(50, new java.util.HashSet<>(first.values()).size());
      assertEquals(50, v.session("shared").size());
    } finally {
      pool.shutdownNow();
    }
  }
}
