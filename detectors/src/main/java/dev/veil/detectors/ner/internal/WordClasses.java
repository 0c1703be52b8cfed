package dev.veil.detectors.ner.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A class for each known context word, so that the name model's frames generalize beyond the
 * words it saw around names: "talked to x" teaches "spoke with x" when "talked" and "spoke" share
 * a class. Training fills the table from WordNet (the lexicographer file of a word's most frequent
 * sense, e.g. {@code verb.communication}) plus closed classes (function words and punctuation are
 * their own class); the table and the class names travel in the model file, so run time needs no
 * WordNet. Immutable and thread-safe.
 *
 * <p>Class ids are {@code [0, size())}; {@link #bos()} and {@link #eos()} are two more ids for the
 * positions before and after the sentence, whose values are the word templates' edge markers.
 */
public final class WordClasses {
  /** No classes: the class templates emit nothing. */
  public static final WordClasses NONE = new WordClasses(new String[0], new String[0], new int[0]);

  /** The most classes a table may have (a class is one byte in the model file). */
  public static final int MAX_CLASSES = 254;

  private final String[] names; // [class id], then "<s>", "</s>"
  private final String[][] byShape; // [class id incl. edges][shape]: "name|shape"
  private final String[] words; // sorted
  private final int[] classOf; // [index in words]
  // word -> class id, built on first use: only the string path (training, tests) looks words up
  // here; run time reads a token's class by its word id (CompiledFeatures), and building 125,000
  // entries would add to every model's load
  private volatile LowerTable table;

  private WordClasses(String[] names, String[] words, int[] classOf) {
    if (names.length > MAX_CLASSES) {
      throw new IllegalArgumentException("too many word classes");
    }
    this.names = Arrays.copyOf(names, names.length + 2);
    this.names[names.length] = NameFeatures.BOS_WORD;
    this.names[names.length + 1] = NameFeatures.EOS_WORD;
    this.byShape = new String[this.names.length][NameFeatures.SHAPE_COUNT];
    for (int c = 0; c < this.names.length; c++) {
      for (int s = 0; s < NameFeatures.SHAPE_COUNT; s++) {
        byShape[c][s] = this.names[c] + "|" + NameFeatures.SHAPES[s];
      }
    }
    this.words = words;
    this.classOf = classOf;
  }

  private LowerTable table() {
    LowerTable t = table;
    if (t == null) {
      t = LowerTable.of(words, classOf); // racy but idempotent: equal tables
      table = t;
    }
    return t;
  }

  /**
   * The classes of {@code classOfWord} (lower-case word to class name); class ids follow the
   * sorted class names, so equal tables give equal files.
   */
  public static WordClasses of(Map<String, String> classOfWord) {
    String[] names = new java.util.TreeSet<>(classOfWord.values()).toArray(new String[0]);
    Map<String, Integer> id = new HashMap<>();
    for (int c = 0; c < names.length; c++) {
      id.put(names[c], c);
    }
    TreeMap<String, String> sorted = new TreeMap<>(classOfWord);
    String[] words = sorted.keySet().toArray(new String[0]);
    int[] cls = new int[words.length];
    int k = 0;
    for (String c : sorted.values()) {
      cls[k++] = id.get(c);
    }
    return new WordClasses(names, words, cls);
  }

  /** True when the table has classes (a model without them emits no class feature). */
  public boolean present() {
    return words.length > 0;
  }

  /** The number of word classes, edges not counted. */
  public int size() {
    return names.length - 2;
  }

  int bos() {
    return names.length - 2;
  }

  int eos() {
    return names.length - 1;
  }

  /** The class id of a lower-case word, or -1. */
  public int classOf(String lower) {
    return words.length == 0 ? -1 : table().get(lower);
  }

  /** The feature value of class {@code id} (edges included). */
  public String name(int id) {
    return names[id];
  }

  /** The feature value of class {@code id} (edges included) with token shape {@code shape}. */
  String withShape(int id, int shape) {
    return byShape[id][shape];
  }

  /**
   * The feature value of the class pair {@code (a, b)} (edges included), "a|b": built on each call,
   * for the string path (training and tests); run time resolves pairs to rows at load.
   */
  String pair(int a, int b) {
    return names[a] + "|" + names[b];
  }

  /** The feature values of all classes, edges included, by id. */
  String[] values() {
    return names.clone();
  }

  /** The "class|shape" values of all classes, edges included: {@code [id][shape]}. */
  String[][] shapeValues() {
    return byShape;
  }

  /** The words with a class, sorted. */
  String[] words() {
    return words;
  }

  /** The class of {@code words()[k]}. */
  int classAt(int k) {
    return classOf[k];
  }

  /**
   * Writes the table against the model's sorted common words: the class names, one byte per common
   * word (0 for none, else class id + 1; deflate shrinks the run), then the words outside that
   * list with their class.
   */
  void write(DataOutputStream out, String[] sortedCommon) throws IOException {
    out.writeInt(size());
    for (int c = 0; c < size(); c++) {
      out.writeUTF(names[c]);
    }
    byte[] perCommon = new byte[sortedCommon.length];
    List<Integer> extra = new ArrayList<>();
    int j = 0;
    for (int k = 0; k < words.length; k++) {
      while (j < sortedCommon.length && sortedCommon[j].compareTo(words[k]) < 0) {
        j++;
      }
      if (j < sortedCommon.length && sortedCommon[j].equals(words[k])) {
        perCommon[j] = (byte) (classOf[k] + 1);
      } else {
        extra.add(k);
      }
    }
    out.writeInt(perCommon.length);
    out.write(perCommon);
    out.writeInt(extra.size());
    for (int k : extra) {
      out.writeUTF(words[k]);
      out.writeByte(classOf[k]);
    }
  }

  /** Reads what {@link #write} wrote against the same sorted common words. */
  static WordClasses read(DataInputStream in, String[] sortedCommon) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > MAX_CLASSES) {
      throw new IOException("corrupt model");
    }
    String[] names = new String[n];
    for (int c = 0; c < n; c++) {
      names[c] = in.readUTF();
    }
    int count = in.readInt();
    if (count != sortedCommon.length) {
      throw new IOException("corrupt model");
    }
    byte[] perCommon = new byte[count];
    in.readFully(perCommon);
    int extra = in.readInt();
    if (extra < 0) {
      throw new IOException("corrupt model");
    }
    int known = 0;
    for (byte b : perCommon) {
      known += b != 0 ? 1 : 0;
    }
    String[] ex = new String[extra];
    int[] exClass = new int[extra];
    for (int k = 0; k < extra; k++) {
      ex[k] = in.readUTF();
      exClass[k] = in.readUnsignedByte();
      if (exClass[k] >= n) {
        throw new IOException("corrupt model");
      }
    }
    // merge the two sorted runs so that words() stays sorted
    String[] words = new String[known + extra];
    int[] cls = new int[known + extra];
    int a = 0;
    int b = 0;
    int k = 0;
    while (a < count || b < extra) {
      while (a < count && perCommon[a] == 0) {
        a++;
      }
      if (a >= count && b >= extra) {
        break;
      }
      boolean takeCommon = b >= extra || (a < count && sortedCommon[a].compareTo(ex[b]) < 0);
      if (takeCommon) {
        int c = (perCommon[a] & 0xFF) - 1;
        if (c >= n) {
          throw new IOException("corrupt model");
        }
        words[k] = sortedCommon[a++];
        cls[k++] = c;
      } else {
        words[k] = ex[b];
        cls[k++] = exClass[b++];
      }
    }
    return new WordClasses(names, words, cls);
  }
}
