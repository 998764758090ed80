// %% [markdown]
// # Hostile <em>strings</em>
//
// <img src=x onerror=alert(1)> and a [link](javascript:alert(1)) and
// <script>alert(3)</script>
//
// <div onclick="alert(4)">raw block</div>

// %% Prints a script <script>alert(5)</script>
System.out.println("<script>alert(1)</script>");

// %% Displays its own HTML
display(org.engagements.display.MimeBundle.of(org.engagements.display.MimeType.TEXT_HTML,
        "<table><tr><td onmouseover=\"alert(2)\">hover</td></tr></table><script>alert(2)</script>")
        .with(org.engagements.display.MimeType.TEXT_PLAIN, "shown as <text>"));

// %% A table with markup in a cell
display(Table.create("t<i>able</i>", StringColumn.create("c<x>", "<b>bold</b>", "a & b")));

// %% An exception message with markup
throw new IllegalArgumentException("<img src=y onerror=alert(6)>");
