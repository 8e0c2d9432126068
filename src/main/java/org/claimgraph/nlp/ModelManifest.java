package org.claimgraph.nlp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.claimgraph.ClaimgraphException;

/**
 * What a model directory claims to be: name, version, training data and settings, metrics, and the
 * SHA-256 of every file, so that a model whose files were changed or half-copied is refused.
 */
public final class ModelManifest {
  public static final String FILE_NAME = "manifest.json";
  public static final String CARD_NAME = "MODEL_CARD.md";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public String name;
  public String version;
  public String created;
  public Map<String, Object> training = new LinkedHashMap<>();
  public Map<String, Object> metrics = new LinkedHashMap<>();
  public Map<String, String> files = new TreeMap<>();

  public String id() {
    return name + "-" + version;
  }

  /** Hashes every file under {@code dir} (but the manifest and card) and writes the manifest there. */
  public void writeTo(String dir, Configuration hadoop) {
    try {
      files = hashFiles(dir, hadoop);
      Path target = new Path(dir, FILE_NAME);
      try (OutputStream out = target.getFileSystem(hadoop).create(target, true)) {
        out.write(JSON.writeValueAsBytes(this));
      }
    } catch (IOException e) {
      throw ClaimgraphException.of("Could not write the model manifest in " + dir + ".", e.getMessage(),
          "Check that the models directory is writable.", e);
    }
  }

  /** Reads the manifest of {@code dir} and checks every file against it. */
  public static ModelManifest readVerified(String dir, Configuration hadoop) {
    ModelManifest manifest = read(dir, hadoop);
    Map<String, String> actual;
    try {
      actual = hashFiles(dir, hadoop);
    } catch (IOException e) {
      throw ClaimgraphException.of("Could not read the model files in " + dir + ".", e.getMessage(),
          "Check the path and permissions of --models.", e);
    }
    for (Map.Entry<String, String> expected : manifest.files.entrySet()) {
      String found = actual.get(expected.getKey());
      if (found == null) {
        throw ClaimgraphException.of("Model " + manifest.id() + " is missing file " + expected.getKey() + ".",
            "Its manifest lists the file but the directory " + dir + " does not have it (an incomplete copy?).",
            "Copy the whole model directory again, or retrain it with `claimgraph train`.");
      }
      if (!found.equals(expected.getValue())) {
        throw ClaimgraphException.of("Model file " + expected.getKey() + " of " + manifest.id()
                + " does not match its manifest.",
            "Its SHA-256 is " + found + " but the manifest says " + expected.getValue()
                + ": the file was changed or damaged after training.",
            "Restore the model directory from its source (git checkout models/, or copy it again), "
                + "or retrain it with `claimgraph train`.");
      }
    }
    for (String extra : actual.keySet()) {
      if (!manifest.files.containsKey(extra)) {
        throw ClaimgraphException.of("Model " + manifest.id() + " has a file its manifest does not list: "
                + extra + ".",
            "Only files written by `claimgraph train` belong in a model directory.",
            "Remove the stray file, or retrain the model.");
      }
    }
    return manifest;
  }

  static ModelManifest read(String dir, Configuration hadoop) {
    Path path = new Path(dir, FILE_NAME);
    try {
      FileSystem fs = path.getFileSystem(hadoop);
      if (!fs.exists(path)) {
        throw ClaimgraphException.of("No " + FILE_NAME + " in model directory " + dir + ".",
            "claimgraph only loads models that carry a manifest of their files and metrics.",
            "Point --models at a directory written by `claimgraph train`, or use --models default.");
      }
      try (InputStream in = fs.open(path)) {
        return JSON.readValue(in, ModelManifest.class);
      }
    } catch (IOException e) {
      throw ClaimgraphException.of("Could not read " + path + ".", e.getMessage(),
          "Check that the manifest is the JSON written by `claimgraph train`.", e);
    }
  }

  private static Map<String, String> hashFiles(String dir, Configuration hadoop) throws IOException {
    Path root = new Path(dir);
    FileSystem fs = root.getFileSystem(hadoop);
    String rootUri = fs.makeQualified(root).toUri().getPath();
    Map<String, String> hashes = new TreeMap<>();
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
    while (it.hasNext()) {
      FileStatus file = it.next();
      String relative = file.getPath().toUri().getPath().substring(rootUri.length() + 1);
      // Hadoop's .crc side files are rewritten by every copy tool; the data files are what matter.
      if (relative.equals(FILE_NAME) || relative.equals(CARD_NAME) || relative.endsWith(".crc")) {
        continue;
      }
      hashes.put(relative, sha256(fs, file.getPath()));
    }
    return hashes;
  }

  private static String sha256(FileSystem fs, Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = fs.open(file)) {
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  public String toJson() {
    try {
      return new String(JSON.writeValueAsBytes(this), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
