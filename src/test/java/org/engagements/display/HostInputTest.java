package org.engagements.display;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Scanner;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The notebook JVM's standard input, with the host played by the test. Every wait is bounded. */
class HostInputTest {
    private static final long WAIT_SECONDS = 10;
    private final BlockingQueue<DisplayFrame.InputRequested> requests = new LinkedBlockingQueue<>();
    private final HostInput input = new HostInput(requests::add);

    private DisplayFrame.InputRequested nextRequest() throws InterruptedException {
        DisplayFrame.InputRequested request = requests.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(request, "no request for input came");
        return request;
    }

    /** Runs {@code reading} on a thread of its own, which the test may interrupt. */
    private static <T> CompletableFuture<T> async(java.util.function.Supplier<T> reading) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(reading.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        }, "reader");
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    private static <T> T await(CompletableFuture<T> reading) throws Exception {
        return reading.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    @Test
    void aReadAsksTheHostAndGetsTheLineWithANewlineThenAsksAgainOnceItIsUsedUp() throws Exception {
        CompletableFuture<String> first = async(() -> readLineOrFail(input));
        DisplayFrame.InputRequested request = nextRequest();
        input.answer(request.request(), Optional.of("Ada Lovelace"));

        assertEquals(new DisplayFrame.InputRequested(request.request(), false, ""), request);
        assertEquals("Ada Lovelace", await(first));
        CompletableFuture<Integer> next = async(() -> readByte(input));
        input.answer(nextRequest().request(), Optional.of("é"));
        assertEquals(0xC3, await(next));
        byte[] rest = new byte[8];
        assertEquals(2, input.read(rest, 0, 8));     // what is buffered, without asking
        assertArrayEquals(new byte[] {(byte) 0xA9, '\n'}, java.util.Arrays.copyOf(rest, 2));
    }

    @Test
    void theEndOfInputEndsThatReadOnlyAndTheNextReadAsksAgain() throws Exception {
        CompletableFuture<Integer> ended = async(() -> readByte(input));
        input.answer(nextRequest().request(), Optional.empty());
        assertEquals(-1, await(ended));

        CompletableFuture<String> again = async(() -> readLineOrFail(input));
        input.answer(nextRequest().request(), Optional.of("more"));
        assertEquals("more", await(again));
    }

    @Test
    void aRefusalReachesTheCellThroughAScannerWithItsReasonNotAsNoSuchElement() throws Exception {
        CompletableFuture<String> reading = async(() -> new Scanner(input).nextLine());
        input.refuse(nextRequest().request(), "no input in a batch run");

        ExecutionException failed = assertThrows(ExecutionException.class, () -> await(reading));
        NoInputException refused = assertInstanceOf(NoInputException.class, failed.getCause());
        assertEquals("no input in a batch run", refused.getMessage());
    }

    @Test
    void anInterruptEndsTheWaitAndALateAnswerIsDroppedNotReadLater() throws Exception {
        CompletableFuture<Thread> reader = new CompletableFuture<>();
        CompletableFuture<Throwable> interrupted = async(() -> {
            reader.complete(Thread.currentThread());
            try {
                input.read();
                return null;
            } catch (Exception e) {
                return e;
            }
        });
        DisplayFrame.InputRequested abandoned = nextRequest();
        await(reader).interrupt();
        assertInstanceOf(InterruptedIOException.class, await(interrupted));

        input.answer(abandoned.request(), Optional.of("too late"));
        CompletableFuture<String> next = async(() -> readLineOrFail(input));
        DisplayFrame.InputRequested fresh = nextRequest();
        input.answer(fresh.request(), Optional.of("on time"));
        assertEquals("on time", await(next));
    }

    @Test
    void aQuestionCarriesItsPromptAndPasswordModeAndGivesTheLineWithoutANewline() throws Exception {
        CompletableFuture<Optional<String>> asked = async(() -> {
            try {
                return input.ask("Token: ", true);
            } catch (InterruptedIOException e) {
                throw new IllegalStateException(e);
            }
        });
        DisplayFrame.InputRequested request = nextRequest();
        input.answer(request.request(), Optional.of("s3cret"));

        assertEquals(new DisplayFrame.InputRequested(request.request(), true, "Token: "), request);
        assertEquals(Optional.of("s3cret"), await(asked));
    }

    private static String readLineOrFail(HostInput input) {
        try {
            return new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8)).readLine();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int readByte(HostInput input) {
        try {
            return input.read();
        } catch (InterruptedIOException e) {
            throw new IllegalStateException(e);
        }
    }
}
