package org.claimgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.claimgraph.ClaimgraphException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelManifestTest {
  @TempDir Path dir;
  private final Configuration hadoop = new Configuration();

  private ModelManifest writeModel() throws Exception {
    Files.createDirectories(dir.resolve("pipeline/stages"));
    Files.writeString(dir.resolve("pipeline/metadata"), "{\"class\":\"x\"}");
    Files.write(dir.resolve("pipeline/stages/weights.bin"), new byte[] {1, 2, 3});
    ModelManifest manifest = new ModelManifest();
    manifest.name = "test-model";
    manifest.version = "1";
    manifest.writeTo(dir.toString(), hadoop);
    return manifest;
  }

  @Test
  void anUntouchedModelVerifies() throws Exception {
    writeModel();
    ModelManifest read = ModelManifest.readVerified(dir.toString(), hadoop);
    assertThat(read.id()).isEqualTo("test-model-1");
    assertThat(read.files).containsOnlyKeys("pipeline/metadata", "pipeline/stages/weights.bin");
  }

  @Test
  void aTamperedFileIsRefusedNamingTheFile() throws Exception {
    writeModel();
    Files.write(dir.resolve("pipeline/stages/weights.bin"), new byte[] {1, 2, 4});
    assertThatThrownBy(() -> ModelManifest.readVerified(dir.toString(), hadoop))
        .isInstanceOf(ClaimgraphException.class)
        .hasMessageContaining("pipeline/stages/weights.bin")
        .hasMessageContaining("does not match its manifest");
  }

  @Test
  void aMissingOrExtraFileIsRefused() throws Exception {
    writeModel();
    Files.writeString(dir.resolve("pipeline/stray.txt"), "x");
    assertThatThrownBy(() -> ModelManifest.readVerified(dir.toString(), hadoop))
        .isInstanceOf(ClaimgraphException.class).hasMessageContaining("stray.txt");
    Files.delete(dir.resolve("pipeline/stray.txt"));
    Files.delete(dir.resolve("pipeline/metadata"));
    assertThatThrownBy(() -> ModelManifest.readVerified(dir.toString(), hadoop))
        .isInstanceOf(ClaimgraphException.class).hasMessageContaining("missing file pipeline/metadata");
  }

  @Test
  void aDirectoryWithoutManifestIsRefused() {
    assertThatThrownBy(() -> ModelManifest.readVerified(dir.toString(), hadoop))
        .isInstanceOf(ClaimgraphException.class).hasMessageContaining("No manifest.json");
  }
}
