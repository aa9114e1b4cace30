package io.newsgraph.annotate;

import io.newsgraph.actors.Discovery;
import io.newsgraph.actors.JsonFields;
import io.newsgraph.actors.Mention;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Annotates every article of one JSONL file and renders each annotation as one line that holds all
 * of it (mentions, sentence and article scores as exact doubles, tone counts, discoveries), for
 * {@link AnnotatorEquality}. It takes and returns JDK types only, so two builds loaded by different
 * class loaders can be compared.
 */
public final class AnnotationRender implements Function<String, List<String>> {
  private final ArticleAnnotator annotator = AnnotatorModels.annotator(null);

  @Override
  public List<String> apply(String file) {
    List<String> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          out.add(
              render(
                  annotator.annotate(
                      JsonFields.string(line, "title"), JsonFields.string(line, "text"))));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static String render(Annotation a) {
    StringBuilder sb = new StringBuilder();
    sb.append("n=").append(a.sentenceCount()).append(" compound=");
    for (double c : a.sentenceCompound()) {
      sb.append(Double.toString(c)).append(',');
    }
    sb.append(" article=")
        .append(a.articleScores())
        .append(" tone=")
        .append(a.tone())
        .append(" mentions=");
    for (Mention m : a.mentions()) {
      sb.append(m).append(';');
    }
    sb.append(" discovered=");
    for (Discovery d : a.discovered()) {
      sb.append(d).append(';');
    }
    return sb.toString();
  }
}
