package org.engagements.notebook.javadoc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Doc comments as JShell and javac give them (the text without the comment's stars), as plain text. */
class JavadocTest {
    /** java.lang.Math.max(int, int) of JDK 17 and 25, as JShell's documentation gives it. */
    static final String MATH_MAX = """
             Returns the greater of two {@code int} values. That is, the
             result is the argument closer to the value of
             {@link Integer#MAX_VALUE}. If the arguments have the same value,
             the result is that same value.

             @param   a   an argument.
             @param   b   another argument.
             @return  the larger of {@code a} and {@code b}.
            """;

    @Test
    void theSummaryIsTheFirstSentenceWithInlineTagsAsText() {
        assertEquals("Returns the greater of two int values.", Javadoc.parse(MATH_MAX).summary());
    }

    @Test
    void theTextHasTheDescriptionReflowedThenParametersAndReturns() {
        assertEquals("""
                Returns the greater of two int values. That is, the result is the argument
                closer to the value of Integer.MAX_VALUE. If the arguments have the same
                value, the result is that same value.

                Parameters:
                  a - an argument.
                  b - another argument.
                Returns:
                  the larger of a and b.""", Javadoc.parse(MATH_MAX).text("", 76));
    }

    @Test
    void blockTagsAreReadWithTheirArguments() {
        Javadoc doc = Javadoc.parse(MATH_MAX);

        assertEquals(List.of(new Javadoc.Tag("param", "a", "an argument."),
                new Javadoc.Tag("param", "b", "another argument."),
                new Javadoc.Tag("return", "", "the larger of {@code a} and {@code b}.")), doc.tags());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Returns {@code x}. More.                               | Returns x.
            Returns the value, e.g. the maximum. More.             | Returns the value, e.g.
            Loads {@code ./data} if it exists. More.               | Loads ./data if it exists.
            Reads {@code a. b} here.\tMore.                        | Reads a. b here.
            <p>Leading paragraph. More.                            | Leading paragraph.
            A list:<ul><li>one</ul>                                | A list:
            See {@link java.util.List#of(Object...) List.of}. Or.  | See List.of.
            Uses {@link #max(int,int)} here. Or.                   | Uses max(int, int) here.
            Uses {@linkplain String#trim() trimming}. Or.          | Uses trimming.
            Is {@literal <T>} and {@code a < b && c}. Or.          | Is <T> and a < b && c.
            Is {@code Map<K, V>}. Or.                              | Is Map<K, V>.
            Is {@value Integer#MAX_VALUE}. Or.                     | Is Integer.MAX_VALUE.
            Is &lt;b&gt; &amp; &pi; &#233; &#x41;. Or.             | Is <b> & π é A.
            Has <b>bold</b> and <code>code</code>. Or.             | Has bold and code.
            No period at the end                                   | No period at the end
            First paragraph<p>Second. More.                        | First paragraph
            {@return the size} More.                               | Returns the size.
            Not this. {@summary But this, e.g. here. And this.}    | But this, e.g. here. And this.
            {@inheritDoc}                                          | ``
            A {@code java.lang.String} and {@index word a word}.   | A java.lang.String and word.
            Reads {@systemProperty user.home}. Then.               | Reads user.home.
            """)
    void summaries(String comment, String summary) {
        assertEquals(summary, Javadoc.parse(comment).summary());
    }

    @Test
    void preformattedTextKeepsItsLinesWithoutTheSharedIndentation() {
        String comment = """
                 Example:
                 <pre>{@code
                   List<String> names = List.of("a", "b");
                   for (String name : names) {
                       System.out.println(name);
                   }
                 }</pre>
                 After.
                """;
        assertEquals("""
                Example:

                    List<String> names = List.of("a", "b");
                    for (String name : names) {
                        System.out.println(name);
                    }

                After.""", Javadoc.parse(comment).text("", 76));
    }

    @Test
    void listsAreBulletedOrNumbered() {
        String comment = """
                 Kinds:
                 <ul>
                   <li>one, which is long enough to wrap onto a second line when the width is small</li>
                   <li>two</li>
                 </ul>
                 Steps:<ol><li>first<li>second</ol>
                """;
        assertEquals("""
                Kinds:

                - one, which is long enough to wrap onto a second line when the width is
                  small
                - two

                Steps:

                1. first
                2. second""", Javadoc.parse(comment).text("", 72));
    }

    @Test
    void throwsSeeSinceAndNotesBecomeSectionsAndUnknownTagsAreLeftOut() {
        String comment = """
                 Reads it.
                 @param <T> the type
                 @throws NullPointerException if {@code x} is null
                 @exception java.io.IOException when reading fails
                 @see String#trim()
                 @see <a href="https://example.org">the site</a>
                 @since 1.8
                 @author Someone
                 @apiNote Use it sparingly.
                """;
        assertEquals("""
                    Reads it.

                    Parameters:
                      <T> - the type
                    Throws:
                      NullPointerException - if x is null
                      java.io.IOException - when reading fails
                    API Note:
                      Use it sparingly.
                    See Also:
                      String.trim()
                      the site
                    Since:
                      1.8""", Javadoc.parse(comment).text("", 76));
        assertEquals("    Does x.\n\n    Returns:\n      y", Javadoc.parse("Does x.\n@return y").text("    ", 76));
    }

    @Test
    void anAtSignInsideAnInlineTagOrPreDoesNotStartABlockTag() {
        String comment = """
                 Annotate it: <pre>
                 @Override
                 public String toString()</pre>
                 and {@code
                 @Deprecated} too.
                 @return nothing
                """;
        Javadoc doc = Javadoc.parse(comment);

        assertEquals(List.of(new Javadoc.Tag("return", "", "nothing")), doc.tags());
        assertEquals("""
                Annotate it:

                    @Override
                    public String toString()

                and @Deprecated too.

                Returns:
                  nothing""", doc.text("", 76));
    }

    @Test
    void aDeprecationComesFirst() {
        assertEquals("Deprecated. Use y instead.\n\nDoes x.",
                Javadoc.parse("Does x.\n@deprecated Use {@code y} instead.").text("", 76));
    }

    @Test
    void lineBreaksAndHeadingsAndTablesBecomeLinesAndParagraphs() {
        assertEquals("""
                Line one
                line two

                Heading

                a b
                c d""", Javadoc.parse("Line one<br>line two<h2>Heading</h2><table><tr><td>a<td>b</tr><tr><td>c<td>d</table>")
                .text("", 76));
    }
}
