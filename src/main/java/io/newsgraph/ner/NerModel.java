package io.newsgraph.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained name tagger: the feature weights, the gazetteer and case lexicon it was trained with,
 * and a line saying how it was made. Immutable once loaded, shared by every task of a JVM ({@link
 * #newTagger()} gives each task its own buffers). The file is gzip'd: a magic word, the
 * description, the weight rows (feature key and one float per label), the gazetteer, the case
 * lexicon.
 */
public final class NerModel {
  /** The model shipped in the jar, trained by {@code newsgraph train-ner} (README, Actors). */
  public static final String DEFAULT_RESOURCE = "/io/newsgraph/ner/ner-model.bin.gz";

  private static final int MAGIC = 0x4e474e52; // "NGNR"
  private static final int VERSION = 3; // 3: word classes after the case lexicon

  private final WeightTable weights;
  private final FrozenWeights frozen;
  private final Gazetteer gazetteer;
  private final CaseLexicon lexicon;
  private final WordClusters clusters;
  private final String description;

  NerModel(
      WeightTable weights,
      Gazetteer gazetteer,
      CaseLexicon lexicon,
      WordClusters clusters,
      String description) {
    this.weights = weights;
    this.frozen = FrozenWeights.of(weights);
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
    this.clusters = clusters;
    this.description = description;
  }

  WordClusters clusters() {
    return clusters;
  }

  /** The per-document features this model reads. */
  DocFeatures newFeatures() {
    return new DocFeatures(gazetteer, lexicon, clusters);
  }

  CaseLexicon lexicon() {
    return lexicon;
  }

  WeightTable weights() {
    return weights;
  }

  FrozenWeights frozen() {
    return frozen;
  }

  Gazetteer gazetteer() {
    return gazetteer;
  }

  /** How the model was trained: data, seed, epochs, development F1. */
  public String description() {
    return description;
  }

  public int featureCount() {
    return weights.size();
  }

  public NameTagger newTagger() {
    return new NameTagger(this);
  }

  /** The shipped model. */
  public static NerModel loadDefault() {
    try (InputStream in = NerModel.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the name tagger model " + DEFAULT_RESOURCE + " is not on the classpath");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
    }
  }

  public static NerModel read(InputStream raw) throws IOException {
    DataInputStream in =
        new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw), 1 << 16));
    int version = in.readInt() == MAGIC ? in.readInt() : -1;
    if (version != 2 && version != VERSION) {
      throw new IOException("not a newsgraph name tagger model (version 2 or " + VERSION + ")");
    }
    String description = in.readUTF();
    int labels = in.readInt();
    if (labels != Labels.COUNT) {
      throw new IOException("model has " + labels + " labels, this tagger " + Labels.COUNT);
    }
    int rows = in.readInt();
    WeightTable table = new WeightTable(rows);
    for (int r = 0; r < rows; r++) {
      int off = table.offsetOrAdd(in.readLong());
      float[] w = table.weights();
      for (int l = 0; l < labels; l++) {
        w[off + l] = in.readFloat();
      }
    }
    Gazetteer gazetteer = Gazetteer.read(in);
    CaseLexicon lexicon = CaseLexicon.read(in);
    WordClusters clusters = version >= 3 ? WordClusters.read(in) : WordClusters.NONE;
    return new NerModel(table, gazetteer, lexicon, clusters, description);
  }

  public void write(OutputStream raw) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeUTF(description);
    out.writeInt(Labels.COUNT);
    long[] keys = weights.keysByRow();
    out.writeInt(keys.length);
    float[] row = new float[Labels.COUNT];
    for (int r = 0; r < keys.length; r++) {
      out.writeLong(keys[r]);
      weights.copyRow(keys[r], row);
      for (int l = 0; l < Labels.COUNT; l++) {
        out.writeFloat(row[l]);
      }
    }
    gazetteer.write(out);
    lexicon.write(out);
    clusters.write(out);
    out.flush();
    gz.finish();
  }
}
