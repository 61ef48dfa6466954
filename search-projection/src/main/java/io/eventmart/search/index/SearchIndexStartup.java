package io.eventmart.search.index;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gets the search index ready when the application starts, without making the application wait for
 * Elasticsearch.
 *
 * <ol>
 *   <li>Before the event processors start, the index is {@linkplain ProductIndex#prepare()
 *       prepared}: the first index and its aliases are created if missing. If Elasticsearch does
 *       not answer yet, this goes on in the background with back-off; meanwhile the projection's
 *       writes fail and its processor retries them, and searches fail, until it does.
 *   <li>If the index needs a rebuild — one was cut off by a stop in its middle, or the mapping is
 *       older than this code's — the rebuild starts right there, before the processor does, if
 *       Elasticsearch answered at once; otherwise once the processor runs.
 * </ol>
 */
public final class SearchIndexStartup {

  /** How a rebuild of the search projection is started. */
  public interface Rebuild {

    /** Starts a rebuild while the processor has not started yet. */
    void beforeProcessing();

    /**
     * Starts a rebuild while the processor runs.
     *
     * @throws IllegalStateException while the processor cannot be restarted safely yet
     */
    void whileProcessing();
  }

  private static final Logger log = LoggerFactory.getLogger(SearchIndexStartup.class);

  private final ProductIndex index;
  private final Rebuild rebuild;
  private final Retrying retrying;
  private boolean rebuildDue;
  private boolean rebuildStarted;
  private boolean processingStarted;

  /**
   * @param index the index to prepare
   * @param rebuild starts a rebuild of the search projection
   * @param retrying how failed steps are tried again
   */
  public SearchIndexStartup(ProductIndex index, Rebuild rebuild, Retrying retrying) {
    this.index = index;
    this.rebuild = rebuild;
    this.retrying = retrying;
  }

  /** Call before the event processors start; returns after the first attempt. */
  public void beforeProcessing() {
    retrying.run("Preparing search index " + index.searchAlias(), this::prepare);
    synchronized (this) {
      if (rebuildDue && !rebuildStarted) {
        try {
          rebuild.beforeProcessing();
          rebuildStarted = true;
        } catch (RuntimeException e) {
          log.warn("Could not start the rebuild of the search index yet; trying once it runs", e);
        }
      }
    }
  }

  /** Call once the event processors run. */
  public synchronized void processingStarted() {
    processingStarted = true;
    rebuildWhileProcessingIfDue();
  }

  private synchronized void prepare() {
    IndexLayout layout = index.prepare();
    if (layout.isRebuilding()) {
      log.warn("A rebuild of the search index was cut off before it finished; starting it over");
      rebuildDue = true;
    } else if (index.isOutdated(layout)) {
      log.warn(
          "Search index {} has an older mapping than version {}; rebuilding it",
          layout.searchIndex(),
          ProductIndex.MAPPING_VERSION);
      rebuildDue = true;
    }
    rebuildWhileProcessingIfDue();
  }

  private void rebuildWhileProcessingIfDue() {
    if (rebuildDue && !rebuildStarted && processingStarted) {
      rebuildStarted = true;
      // Not on the caller's thread: a rebuild first stops the processor, which may take a while.
      retrying.runLater("Rebuilding search index " + index.searchAlias(), rebuild::whileProcessing);
    }
  }
}
