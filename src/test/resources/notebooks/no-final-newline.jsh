// %% Only cell
System.out.println("no newline at the end");