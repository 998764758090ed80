package org.engagements.data;

/** The dataset's three CSV files after reading. */
record CsvTables(CsvTable articles, CsvTable engagements, CsvTable mentions) {
    static CsvTables read(DataFolder folder, Problems problems, MemoryCheck.Progress progress) {
        return new CsvTables(read(folder, Schema.ARTICLES, problems, progress),
                read(folder, Schema.ENGAGEMENTS, problems, progress),
                read(folder, Schema.MENTIONS, problems, progress));
    }

    private static CsvTable read(DataFolder folder, Schema.CsvFile file, Problems problems,
                                 MemoryCheck.Progress progress) {
        progress.reading(folder.display(file.fileName()), folder.resolve(file.fileName()));
        return CsvValidator.read(folder, file, problems);
    }
}
