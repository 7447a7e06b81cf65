package com.resourcemarket.catalogue.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A damaged index directory is detected at open, recreated empty and reported as needing a rebuild. */
class CatalogueIndexCorruptionTest {

    @TempDir
    Path tmp;

    private Path populatedIndex() throws IOException {
        Path dir = tmp.resolve("index");
        try (CatalogueIndex index = CatalogueIndex.open(dir)) {
            index.rebuild(CatalogueIndexTest.fixture().stream());
        }
        return dir;
    }

    private static Path largestSegmentFile(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> !p.getFileName().toString().startsWith("segments") && !p.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        }
    }

    private static void assertRecreatedAndRebuildable(Path dir) throws IOException {
        try (CatalogueIndex index = CatalogueIndex.open(dir)) {
            assertThat(index.needsRebuild()).isTrue();
            assertThat(index.recreatedBecause()).isPresent();
            assertThat(index.count()).isZero();
            assertThat(index.watermark()).isEmpty();
            index.rebuild(CatalogueIndexTest.fixture().stream());
            assertThat(index.count()).isEqualTo(5);
            assertThat(index.search(CatalogueQuery.builder().text("美妆").build()).total()).isEqualTo(2);
        }
        try (CatalogueIndex index = CatalogueIndex.open(dir)) {
            assertThat(index.needsRebuild()).isFalse();
            assertThat(index.count()).isEqualTo(5);
        }
    }

    @Test
    void garbledBytesInsideASegmentFile() throws IOException {
        Path dir = populatedIndex();
        Path victim = largestSegmentFile(dir);
        try (RandomAccessFile file = new RandomAccessFile(victim.toFile(), "rw")) {
            long middle = file.length() / 2;
            file.seek(middle);
            byte[] bytes = new byte[16];
            file.readFully(bytes);
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) ~bytes[i];
            }
            file.seek(middle);
            file.write(bytes);
        }
        assertRecreatedAndRebuildable(dir);
    }

    @Test
    void truncatedSegmentFile() throws IOException {
        Path dir = populatedIndex();
        Path victim = largestSegmentFile(dir);
        try (RandomAccessFile file = new RandomAccessFile(victim.toFile(), "rw")) {
            file.setLength(file.length() / 3);
        }
        assertRecreatedAndRebuildable(dir);
    }

    @Test
    void garbledCommitPoint() throws IOException {
        Path dir = populatedIndex();
        Path segments;
        try (Stream<Path> files = Files.list(dir)) {
            segments = files.filter(p -> p.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
        }
        Files.write(segments, "garbage".getBytes());
        assertRecreatedAndRebuildable(dir);
    }

    @Test
    void missingSegmentFile() throws IOException {
        Path dir = populatedIndex();
        Files.delete(largestSegmentFile(dir));
        assertRecreatedAndRebuildable(dir);
    }
}
