// %% [markdown]
// # Hostile output <script>document.title='PW'+'NED'</script>
//
// A [javascript link](javascript:document.title='PW'+'NED'), an image
// <img src=x onerror="document.title='PW'+'NED'"> and a raw block:
//
// <svg onload="document.title='PW'+'NED'"><script>document.title='PW'+'NED'</script></svg>
//
// </textarea><iframe srcdoc="<script>parent.document.title='PW'+'NED'</script>"></iframe>

// %% Imports
import tech.tablesaw.api.*;
import org.engagements.Engagements;
import org.engagements.data.*;
import org.engagements.display.*;
import static org.engagements.display.Display.display;

// %% Data whose strings hold markup (the test puts it in the first engagement's title)
Dataset data = Engagements.load();
display(data.engagements().first(2));

// %% Printed markup </textarea><script>document.title='PW'+'NED'</script>
System.out.println("</textarea></pre><script>document.title='PW'+'NED'</script>");
System.out.println("<a href=\"javascript:document.title='PW'+'NED'\">click</a>");

// %% Displayed SVG with a script, and HTML that is not a plain table
display(MimeBundle.of(MimeType.IMAGE_SVG, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"40\">"
        + "<script>document.title='PW'+'NED'</script><circle cx=\"20\" cy=\"20\" r=\"10\" "
        + "onload=\"document.title='PW'+'NED'\"/></svg>"));
display(MimeBundle.of(MimeType.TEXT_HTML, "<div><img src=x onerror=\"document.title='PW'+'NED'\">"
        + "<script>document.body.appendChild(document.createElement('b')).id='own'+'ed'</script></div>")
        .with(MimeType.TEXT_PLAIN, "not a plain table"));

// %% A table with markup in a cell, and a value whose text is markup
display(Table.create("t<i>able</i>", StringColumn.create("c<script>x</script>",
        "<img src=x onerror=\"document.title='PW'+'NED'\">", "a & b")));
"<script>document.title='PW'+'NED'</script>"
