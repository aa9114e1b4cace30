package io.newsgraph.pipeline;

import org.apache.spark.storage.StorageLevel;

/** How the job keeps the intermediate results it reads more than once. */
final class Caching {

  /**
   * On local disk (in practice the OS page cache), never in the heap. Cached blocks in the heap
   * take the storage memory that sorts, shuffles and broadcast tables need, so a corpus that
   * outgrew the heap failed: at 5 GB with the default 4 GB heap, a task could not get execution
   * memory, then the heap ran out while annotating. On disk, the heap a run needs does not grow
   * with the corpus.
   */
  static final StorageLevel LEVEL = StorageLevel.DISK_ONLY();

  private Caching() {}
}
