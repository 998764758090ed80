// %% [markdown]
// A cell that prints 50 MB: the run keeps the first million characters and a note, and goes on.

// %% Fifty megabytes printed
String line = "x".repeat(1023);
for (int i = 0; i < 50 * 1024; i++) System.out.println(line);
System.err.println("done");

// %% Next cell
1 + 1
