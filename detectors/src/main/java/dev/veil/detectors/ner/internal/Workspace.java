package dev.veil.detectors.ner.internal;

/**
 * The per-call arrays of one decode (token facts, label scores, Viterbi lattice), kept by a thread
 * between calls so that decoding a sentence allocates only its result. Belongs to one thread;
 * not thread-safe.
 */
final class Workspace {
  /**
   * Sentences up to this many tokens reuse the thread's arrays; a longer one (only a caller that
   * bypasses the detector's sentence cap sends one) gets arrays of its own, so that one huge call
   * does not pin memory to the thread.
   */
  static final int KEPT_TOKENS = 512;

  final int labels;
  int capacity;
  // per token
  int[] shape;
  int[] word; // word id, -1 when unknown
  int[] length; // length of the lower form
  int[] gazetteer; // bits 0-2
  boolean[] common;
  int[] cue;
  int[] like; // NameLikeness bins, NameLikeness.NONE for none
  int[] affix; // [4 * token + k]: affix row index, -1 when none
  int casing;
  int[] path; // best label of each token
  double[] prob; // its probability
  // per token and label
  double[] best;
  int[] back;
  double[] local;
  // per label
  final double[] acc;
  final double[] expAcc;
  final int[] rows = new int[CompiledFeatures.MAX_ROWS]; // weight rows of one position

  Workspace(int labels, int capacity) {
    this.labels = labels;
    this.acc = new double[labels];
    this.expAcc = new double[labels];
    allocate(capacity);
  }

  /** Room for {@code n} tokens; contents are not cleared. */
  void ensure(int n) {
    if (n > capacity) {
      allocate(Math.max(n, Math.min(KEPT_TOKENS, capacity * 2)));
    }
  }

  private void allocate(int n) {
    capacity = n;
    shape = new int[n];
    word = new int[n];
    length = new int[n];
    gazetteer = new int[n];
    common = new boolean[n];
    cue = new int[n];
    like = new int[n];
    affix = new int[4 * n];
    path = new int[n];
    prob = new double[n];
    best = new double[n * labels];
    back = new int[n * labels];
    local = new double[n * labels];
  }
}
