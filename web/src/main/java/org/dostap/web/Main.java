package org.dostap.web;

import org.dostap.web.cli.DostapCommand;

/** Entry point of dostap.jar: the command line (serve, coverage, optimize, mobile, import, network). */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(DostapCommand.runAsProcess(args));
    }
}
