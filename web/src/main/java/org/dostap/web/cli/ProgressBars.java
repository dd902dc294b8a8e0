package org.dostap.web.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.dostap.engine.common.ProgressListener;

import java.io.PrintStream;
import java.util.function.Function;

/** Runs long engine work (network import, matrix) behind an ASCII progress bar on stderr. */
public final class ProgressBars {
    private ProgressBars() {}

    /** Calls {@code work} with a listener that moves a bar named {@code task}; the bar is closed afterwards. */
    public static <T> T withBar(String task, PrintStream out, Function<ProgressListener, T> work) {
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(-1)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(out))
                .setUpdateIntervalMillis(200).build()) {
            ProgressListener listener = (done, total) -> {
                synchronized (bar) {
                    if (total > 0 && bar.getMax() != total) bar.maxHint(total);
                    bar.stepTo(done);
                }
            };
            return work.apply(listener);
        }
    }
}
