package dev.veil.detectors.ner;

import dev.veil.VeilException;

/**
 * A name-finder model could not be read: the file is missing, unreadable or not an OpenNLP
 * name-finder model. The message names the model source, never any inspected text.
 */
public final class NameModelException extends VeilException {
  private static final long serialVersionUID = 1L;

  public NameModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
