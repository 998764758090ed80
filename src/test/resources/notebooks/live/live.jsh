// %% [markdown]
// # Outputs that change while a cell runs
//
// An executed notebook keeps what Jupyter shows once the cells have run: a display updated in
// place shows its last value where it first appeared, cleared output is gone, and a progress bar
// is its final state.

// %% Updated in place
var shown = display("first");
System.out.println("printed after the display");
shown.update("second");

// %% Cleared at once
System.out.println("cleared");
clearOutput();
System.out.println("kept");

// %% Cleared when the next output comes
display("cleared too");
clearOutput(true);
display("kept too")

// %% A later cell updates an earlier display
shown.update("third, from a later cell");

// %% A progress bar
var progress = Progress.of("Items", 50);
for (int i = 0; i < 50; i++) {
    Thread.sleep(10);       // long enough for a few updates
    progress.step();
}
progress.done();

// %% Progress over a list
int sum = 0;
for (int n : Progress.over("Numbers", List.of(1, 2, 3))) {
    sum += n;
}
sum

// %% Reading input tags=["raises-exception"]
new Scanner(System.in).nextLine()
