package dev.veil.examples;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A stand-in for an LLM, running in-process with no network: it reads the patient's name, email and
 * SSN from a reminder request and answers with a note that mentions them, streamed in small chunks
 * the way a chat API streams tokens. Like a real model it changes what it copies a little: the name
 * in capitals with a possessive once, and the SSN written without dashes. It keeps every prompt it
 * received so a test can check what reached it.
 */
public final class FakeLocalModel {
  private static final Pattern REQUEST = Pattern.compile(
      "patient (.+?), email (\\S+?), SSN ([0-9-]+)");
  private final List<String> received = new ArrayList<>();
  private final int chunkSize;

  public FakeLocalModel(int chunkSize) {
    if (chunkSize < 1) {
      throw new IllegalArgumentException("chunkSize must be >= 1");
    }
    this.chunkSize = chunkSize;
  }

  /** The answer to {@code prompt}, split into chunks. */
  public synchronized List<String> stream(String prompt) {
    received.add(prompt);
    Matcher m = REQUEST.matcher(prompt);
    String answer;
    if (m.find()) {
      String name = m.group(1);
      answer = "Dear " + name + ",\n\nthis is a reminder of your visit on Monday. "
          + name.toUpperCase(Locale.ROOT) + "'s file is ready; we will send the details to **"
          + m.group(2) + "**. Please confirm the SSN on file, " + m.group(3).replace("-", "")
          + ".\n\nKind regards,\nthe clinic";
    } else {
      answer = "I could not find a patient in the request.";
    }
    List<String> chunks = new ArrayList<>();
    for (int i = 0; i < answer.length(); i += chunkSize) {
      chunks.add(answer.substring(i, Math.min(answer.length(), i + chunkSize)));
    }
    return chunks;
  }

  /** Every prompt this model received, oldest first. */
  public synchronized List<String> received() {
    return List.copyOf(received);
  }
}
