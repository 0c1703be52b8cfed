package dev.veil.policy;

import dev.veil.Destination;
import dev.veil.internal.config.PolicyFileReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A policy loaded from a YAML or JSON file (schema in {@code docs/policies.md}): the compiled
 * {@link RulePolicy} (its presets from {@code extends} plus its own rules) and the destinations it
 * declares. Loading validates everything and fails with a {@link PolicyException} naming the
 * file, line and field; it never throws a raw parser exception. Immutable and thread-safe.
 *
 * @param policy the compiled policy
 * @param destinations declared destinations by id, in file order
 */
public record PolicyFile(RulePolicy policy, Map<String, Destination> destinations) {

  /** Files larger than this are rejected unread. */
  public static final long MAX_BYTES = 1 << 20;

  public PolicyFile {
    Objects.requireNonNull(policy, "policy");
    destinations = Collections.unmodifiableMap(new LinkedHashMap<>(destinations));
  }

  /**
   * Loads a policy file: JSON when the name ends in {@code .json}, the YAML subset otherwise.
   *
   * @throws PolicyException if the file cannot be read or is invalid
   */
  /**
   * True when a policy specification names a file rather than presets: it ends in {@code .yaml},
   * {@code .yml} or {@code .json}, contains a path separator, or is an existing file.
   */
  public static boolean isPathSpec(String spec) {
    String lower = spec.toLowerCase(java.util.Locale.ROOT);
    return lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json")
        || spec.contains("/") || spec.contains("\\") || java.nio.file.Files.isRegularFile(Path.of(spec));
  }

  public static PolicyFile load(Path file) {
    String text = read(file);
    PolicyFileReader.Result r = PolicyFileReader.read(text, isJson(file), file.toString());
    return new PolicyFile(r.policy(), r.destinations());
  }

  /**
   * Parses policy text.
   *
   * @param json true for JSON, false for the YAML subset
   * @param sourceName what error messages call the source, e.g. a file name
   * @throws PolicyException if the text is invalid
   */
  public static PolicyFile parse(String text, boolean json, String sourceName) {
    Objects.requireNonNull(text, "text");
    PolicyFileReader.Result r = PolicyFileReader.read(text, json, sourceName);
    return new PolicyFile(r.policy(), r.destinations());
  }

  /**
   * Loads a destinations file: {@code destinations:} (and optionally {@code version: 1}), in the
   * same format as a policy file's destinations section.
   *
   * @throws PolicyException if the file cannot be read or is invalid
   */
  public static Map<String, Destination> loadDestinations(Path file) {
    return PolicyFileReader.readDestinations(read(file), isJson(file), file.toString());
  }

  /** The declared destination with this id. */
  public Optional<Destination> destination(String id) {
    return Optional.ofNullable(destinations.get(id));
  }

  private static boolean isJson(Path file) {
    Path name = file.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".json");
  }

  private static String read(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new PolicyException(file.toString(), 0, null, "larger than " + MAX_BYTES + " bytes");
      }
      byte[] bytes = Files.readAllBytes(file);
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new PolicyException(file.toString(), 0, null, "not valid UTF-8");
    } catch (IOException e) {
      throw new PolicyException(file.toString(), 0, null, "cannot read the file (" + e.getClass().getSimpleName() + ")");
    }
  }
}
