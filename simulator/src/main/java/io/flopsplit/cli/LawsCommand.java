package io.flopsplit.cli;

import io.flopsplit.laws.LawProfile;
import io.flopsplit.laws.LawProfiles;
import io.flopsplit.report.Row;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code flopsplit laws}: every published loss-law profile with its constants and source. */
@Command(name = "laws", mixinStandardHelpOptions = true,
        description = "Lists the published loss-law profiles with their constants and sources.")
final class LawsCommand implements Callable<Integer> {

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        output.print(LawProfiles.all().stream().map(LawsCommand::row).toList());
        return 0;
    }

    static Row row(LawProfile profile) {
        Row row = new Row().text("law", profile.id()).text("form", profile.law().form());
        profile.law().constants().forEach(row::number);
        return row.text("source", profile.source().toString());
    }
}
