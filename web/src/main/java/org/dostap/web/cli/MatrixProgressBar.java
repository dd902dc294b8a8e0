package org.dostap.web.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.dostap.engine.common.ProgressListener;

import java.io.PrintStream;

/** A console progress bar on stderr for long work (the road travel-time matrix); closes when done. */
final class MatrixProgressBar implements ProgressListener, AutoCloseable {
    private final ProgressBar bar;

    MatrixProgressBar(String task, PrintStream err) {
        this.bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(-1)
                .setConsumer(new ConsoleProgressBarConsumer(err)).setUpdateIntervalMillis(250).build();
    }

    @Override
    public synchronized void progress(long done, long total) {
        bar.maxHint(total);
        bar.stepTo(done);
    }

    @Override
    public void close() { bar.close(); }
}
